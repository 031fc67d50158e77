// Noticing compose windows as they come and go, shared by the start-up watcher (which only waits
// for the first editor) and the compose controller (which follows every one).

/** Compose windows appear in bursts of DOM changes: look for editors once things settle a little. */
const SCAN_DELAY_MS = 120;

/**
 * Calls `scan` once each burst of DOM changes in `document` has settled, until `signal` aborts.
 * childList only: observing attributes across Gmail has crashed tabs for other extensions.
 */
export function onDomSettled(document: Document, signal: AbortSignal, scan: () => void): void {
  if (signal.aborted) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver(() => {
    if (timer !== undefined) return;
    timer = setTimeout(() => {
      timer = undefined;
      scan();
    }, SCAN_DELAY_MS);
  });
  observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true });
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      clearTimeout(timer);
    },
    { once: true },
  );
}
