import { adapterFor } from '../src/mail/adapters.ts';
import { onDomSettled } from '../src/mail/watch.ts';
import type { BackgroundRequest } from '../src/messaging/index.ts';

// The only script of ours that loads with every webmail page (a content script: wxt.config.ts
// declares it in the manifest), so it is kept to a selector check. Once a compose editor is there,
// the background starts the compose script (reading, painting, the hint card) in this frame; an
// inbox without a compose window pays for nothing more. It is an unlisted script rather than a WXT
// content script because that wrapper brings the webextension polyfill, measured at half of this
// script's cost at page start; the browser's own promise-based API is all it needs.

/** Tries to have the compose script started before giving up on this page. */
const MAX_FAILURES = 3;

export default defineUnlistedScript(() => {
  const world = globalThis as { evenKeelWatch?: boolean; browser?: typeof chrome };
  // Started twice in one frame (the manifest and a re-injection after an update): one is enough.
  if (world.evenKeelWatch) return;
  world.evenKeelWatch = true;
  // Firefox's `browser`, or Chromium's `chrome` (promises in MV3).
  const runtime = (world.browser ?? chrome).runtime;
  const adapter = adapterFor(location.hostname);
  const done = new AbortController();
  let asking = false;
  let failures = 0;
  // Until then the next change in the page looks again; a page where it cannot be started (the
  // site's permission was taken back, say) is not asked about on every change for ever.
  const failed = () => {
    asking = false;
    if (++failures >= MAX_FAILURES) done.abort();
  };
  const look = () => {
    // An extension that was updated, reloaded or disabled has no runtime left here: stop.
    if (!runtime?.id) done.abort();
    if (done.signal.aborted || asking || adapter.findEditors(document).length === 0) return;
    asking = true;
    const request: BackgroundRequest = { type: 'start-compose' };
    runtime.sendMessage(request).then((started: unknown) => {
      // The compose script follows every editor from here on.
      if (started === true) done.abort();
      else failed();
    }, failed);
  };
  onDomSettled(document, done.signal, look);
  look();
});
