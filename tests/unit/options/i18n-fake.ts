import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fakeBrowser } from 'wxt/testing/fake-browser';

type Messages = Record<string, { message: string }>;

export function readMessages(locale: 'en' | 'pt_BR'): Messages {
  // Relative to the project root: under happy-dom, import.meta.url is not a file URL.
  const path = join(process.cwd(), 'assets', 'public', '_locales', locale, 'messages.json');
  return JSON.parse(readFileSync(path, 'utf8')) as Messages;
}

/** browser.i18n as the browser does it: the locale's message, with $1…$9 filled. */
export function installI18n(locale: 'en' | 'pt_BR' = 'en'): void {
  const messages = readMessages(locale);
  fakeBrowser.i18n.getMessage = ((key: string, substitutions?: string | string[]) => {
    const values = substitutions === undefined ? [] : [substitutions].flat();
    return (messages[key]?.message ?? '').replace(/\$(\d)/g, (_, index: string) => values[Number(index) - 1] ?? '');
  }) as typeof fakeBrowser.i18n.getMessage;
  fakeBrowser.i18n.getUILanguage = () => (locale === 'en' ? 'en-GB' : 'pt-BR');
}
