// Our two content scripts as `wxt build` emits them, and the webmail they run on without asking.
// Kept free of browser APIs: wxt.config.ts reads it to write the manifest.

/**
 * Gmail and Outlook on the web: the manifest's content script and host permissions. Any other site
 * needs the user's grant (src/mail/sites.ts).
 */
export const COMPOSE_MATCHES = [
  'https://mail.google.com/*',
  'https://outlook.live.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
];

/** entrypoints/watch.ts: loads with every page Even Keel runs on, and waits for a compose editor. */
export const WATCH_FILES = { js: ['watch.js'] };

/** entrypoints/compose.content/: started by the background in a frame with a compose editor. */
export const COMPOSE_FILES = { js: ['content-scripts/compose.js'], css: ['content-scripts/compose.css'] };
