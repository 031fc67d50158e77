// Which sites the compose script runs on. Gmail and Outlook on the web are declared in the
// manifest; any other site runs it only once the user grants that origin (optional host
// permission, asked from the popup or the options page), through a dynamically registered script.
import { browser } from 'wxt/browser';

export const COMPOSE_MATCHES = [
  'https://mail.google.com/*',
  'https://outlook.live.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
];

/** What `wxt build` emits for entrypoints/compose.content/. */
export const COMPOSE_FILES = { js: ['content-scripts/compose.js'], css: ['content-scripts/compose.css'] };

const SCRIPT_ID = 'even-keel-compose-granted-sites';

/** Granted origins beyond the built-in webmail hosts. */
async function grantedSites(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  return origins.filter((origin) => !COMPOSE_MATCHES.includes(origin));
}

/** Makes the registered compose script match exactly the origins the user has granted. */
export async function syncGrantedSites(): Promise<void> {
  const sites = await grantedSites();
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (sites.length === 0) {
    if (registered.length > 0) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
    return;
  }
  const script = {
    id: SCRIPT_ID,
    matches: sites,
    // A grant of every site must not run a second copy where the manifest already does.
    excludeMatches: COMPOSE_MATCHES,
    js: COMPOSE_FILES.js,
    css: COMPOSE_FILES.css,
    runAt: 'document_idle' as const,
    persistAcrossSessions: true,
  };
  if (registered.length > 0) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
}

/** Starts the compose script in tabs already open on origins the user has just granted. */
export async function injectIntoOpenTabs(origins: string[]): Promise<void> {
  await injectInto(origins.filter((origin) => !COMPOSE_MATCHES.includes(origin)));
}

/**
 * After an install or an update (a reload too), Chromium starts no content script in tabs that are
 * already open, and the old one has stopped: start the new one in every open tab Even Keel runs on.
 * Firefox does this by itself.
 */
export async function injectIntoOpenComposeTabs(): Promise<void> {
  await injectInto([...COMPOSE_MATCHES, ...(await grantedSites())]);
}

async function injectInto(patterns: string[]): Promise<void> {
  if (patterns.length === 0) return;
  const tabs = await browser.tabs.query({ url: patterns });
  await Promise.all(
    tabs.map(async (tab) => {
      if (tab.id === undefined) return;
      const target = { tabId: tab.id };
      await browser.scripting.insertCSS({ target, files: COMPOSE_FILES.css }).catch(() => {});
      // WXT types `files` as the paths it knows at prepare time; this one is the built script.
      await browser.scripting.executeScript({ target, files: COMPOSE_FILES.js as never }).catch(() => {});
    }),
  );
}
