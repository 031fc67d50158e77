import { browser } from 'wxt/browser';

/** The options page's own messages in _locales: every key starts with `options_`. */
export type OptionsMessage = `options_${string}`;

type GetMessage = (key: string, substitutions?: string | string[]) => string;

/** A message in the browser's language; the key itself if missing, so a gap shows instead of a blank. */
export function t(key: OptionsMessage, ...substitutions: string[]): string {
  const message = (browser.i18n.getMessage as GetMessage)(key, substitutions);
  return message || key;
}

/** The interface language, for dates and weekday names: "pt-BR", "en-US", … */
export function uiLocale(): string {
  try {
    return browser.i18n.getUILanguage() || 'en';
  } catch {
    return 'en';
  }
}
