import { browser } from 'wxt/browser';
import { WEBMAIL_SITES } from './defaults.ts';
import { loadSettings, saveSettings } from './storage.ts';

// A site runs Even Keel when it is in the `sites` setting (synced, or set by policy) and the
// browser lets the extension read it: the webmail hosts come with the manifest, any other site
// needs its optional host permission, asked for when the user adds it.

export function originPattern(origin: string): string {
  return `${origin}/*`;
}

export function isWebmail(origin: string): boolean {
  return (WEBMAIL_SITES as readonly string[]).includes(origin);
}

/** Origins this browser has granted beyond the manifest's own. */
export async function grantedOrigins(): Promise<string[]> {
  try {
    const { origins = [] } = await browser.permissions.getAll();
    return origins
      .map((pattern) => /^(https?:\/\/[^/*]+)\/\*$/.exec(pattern)?.[1])
      .filter((origin): origin is string => origin !== undefined && !isWebmail(origin));
  } catch {
    return [];
  }
}

/** Asks for the site's permission (call from a click) and adds it; false if the user said no. */
export async function enableSite(origin: string): Promise<boolean> {
  if (!isWebmail(origin)) {
    const granted = await browser.permissions.request({ origins: [originPattern(origin)] });
    if (!granted) return false;
  }
  const { settings } = await loadSettings();
  if (!settings.sites.includes(origin)) await saveSettings({ sites: [...settings.sites, origin] });
  return true;
}

/** Stops Even Keel on the site and gives back a permission it no longer needs. */
export async function disableSite(origin: string): Promise<void> {
  const { settings } = await loadSettings();
  await saveSettings({ sites: settings.sites.filter((site) => site !== origin) });
  if (!isWebmail(origin)) await browser.permissions.remove({ origins: [originPattern(origin)] }).catch(() => false);
}
