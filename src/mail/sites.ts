// Which sites Even Keel runs on, and how its two content scripts get there. The small watcher runs
// on every page of those sites: on Gmail and Outlook on the web from the manifest, on any other
// site once the user grants that origin (optional host permission, asked from the popup or the
// options page), through a dynamically registered script. The compose script is only ever started
// by the background, in a frame where the watcher found a compose editor.
import { browser } from 'wxt/browser';
import { COMPOSE_FILES, COMPOSE_MATCHES, WATCH_FILES } from './content-scripts.ts';

// Named when the compose script itself was registered: kept, so that a registration persisted by
// an earlier version is replaced by the watcher rather than left running beside it.
const SCRIPT_ID = 'even-keel-compose-granted-sites';

/** Granted origins beyond the built-in webmail hosts. */
async function grantedSites(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  return origins.filter((origin) => !COMPOSE_MATCHES.includes(origin));
}

/** Makes the registered watcher match exactly the origins the user has granted. */
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
    js: WATCH_FILES.js,
    runAt: 'document_idle' as const,
    persistAcrossSessions: true,
  };
  // Registered afresh rather than updated: an update keeps fields it is not given (an earlier
  // version's `css`, say).
  if (registered.length > 0) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  await browser.scripting.registerContentScripts([script]);
}

/** Starts the watcher in tabs already open on origins the user has just granted. */
export async function injectIntoOpenTabs(origins: string[]): Promise<void> {
  await injectInto(origins.filter((origin) => !COMPOSE_MATCHES.includes(origin)));
}

/**
 * After an install or an update (a reload too), Chromium starts no content script in tabs that are
 * already open, and the old ones have stopped: start the new watcher in every open tab Even Keel
 * runs on (it starts the compose script where a compose window is open). Firefox does this by itself.
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
      // WXT types `files` as the paths it knows at prepare time; this one is the built script.
      await browser.scripting
        .executeScript({ target: { tabId: tab.id }, files: WATCH_FILES.js as never })
        .catch(() => {});
    }),
  );
}

/**
 * Starts the compose script in one frame, once. The watcher can ask twice (a tab that loads while
 * the background starts watchers after an update runs two), and a second copy would stop and
 * replace the first. The mark is set in the extension's own isolated world of that frame, which a
 * page cannot see; a reloaded extension gets a new world there, so its new copy starts.
 * Resolves to whether the compose script runs in the frame.
 */
export async function startCompose(target: { tabId: number; frameIds: number[] }): Promise<boolean> {
  try {
    const [claim] = await browser.scripting.executeScript({ target, func: claimFrame });
    if (claim?.result !== true) return true;
    await browser.scripting.insertCSS({ target, files: COMPOSE_FILES.css });
    await browser.scripting.executeScript({ target, files: COMPOSE_FILES.js as never });
    return true;
  } catch {
    // The frame navigated or closed meanwhile: there is nothing left to start in.
    return false;
  }
}

/** Runs in the frame (serialised by the browser): true the first time it runs in this world. */
function claimFrame(): boolean {
  const world = globalThis as { evenKeelCompose?: boolean };
  if (world.evenKeelCompose) return false;
  world.evenKeelCompose = true;
  return true;
}
