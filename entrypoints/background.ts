// The service worker stays deliberately empty until the content script needs a message router
// (inline hints) and a settings merge (options): an MV3 extension must still declare one.
export default defineBackground(() => {});
