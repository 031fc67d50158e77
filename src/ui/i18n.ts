import { browser } from 'wxt/browser';

/**
 * A UI string from `_locales` (English and Brazilian Portuguese). The fallback, with `$1`…
 * placeholders, serves where the i18n API has no catalogue (unit tests, a page outside the extension).
 */
export function t(key: string, fallback: string, substitutions: string[] = []): string {
  try {
    // WXT types the keys from the catalogue; ours are built by the caller.
    const getMessage = browser.i18n.getMessage as (key: string, substitutions: string[]) => string;
    const message = getMessage(key, substitutions);
    if (message) return message;
  } catch {
    // No extension context: use the fallback.
  }
  return fallback.replace(/\$(\d)/g, (_, index: string) => substitutions[Number(index) - 1] ?? '');
}
