import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { COMPOSE_MATCHES, WATCH_FILES } from './src/mail/content-scripts.ts';

/**
 * Preact writes `dangerouslySetInnerHTML` into the DOM with an `innerHTML` assignment. Even Keel
 * never passes that prop (tests/unit/security checks the sources), so the build turns the one
 * assignment into `textContent`: no HTML string can reach a page through Preact, and Firefox's
 * linter finds no `innerHTML` write in the package.
 */
function preactWithoutInnerHtml(): Plugin {
  return {
    name: 'even-keel:preact-without-inner-html',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]preact[\\/]dist[\\/]/.test(id)) return null;
      return code.replace(/(\w+)\.innerHTML\s*=\s*(\w+)\.__html/g, '$1.textContent=$2.__html');
    },
  };
}

export default defineConfig({
  // Static files copied into the build as they are (icons, the managed-policy schema).
  publicDir: 'assets/public',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preactWithoutInnerHtml(), preact()],
    // Vite's modulepreload polyfill re-fetches preloaded chunks with fetch(); every browser we
    // support preloads modules itself, and the package then holds no network call at all.
    build: { modulePreload: { polyfill: false } },
  }),
  manifest: ({ browser }) => ({
    name: 'Even Keel',
    description:
      'Calmer, clearer replies to difficult clients. Checks your draft on your own device; nothing leaves the browser.',
    default_locale: 'en',
    // `scripting` starts the compose script in a page once the watcher has found a compose window
    // there, and registers the watcher on sites the user enables (Gmail and Outlook on the web get
    // it from `content_scripts` below). `activeTab` lets the popup see which site it was opened on,
    // to offer "Enable on this site".
    permissions: ['storage', 'scripting', 'activeTab'],
    // The webmail hosts the watcher already matches (so the install prompt is the same): declared
    // as hosts too so that the background can start the compose script in their pages, and start
    // the new watcher in tabs already open after an install or update (Chromium does not).
    host_permissions: COMPOSE_MATCHES,
    // The one script that loads with every webmail page: it waits for a compose editor and has the
    // background start the compose script there (entrypoints/watch.ts, src/mail/sites.ts).
    content_scripts: [{ matches: COMPOSE_MATCHES, js: WATCH_FILES.js, run_at: 'document_idle' }],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // Extension pages run only our own packaged scripts: no remote code, no inline script, no plugins.
    // WXT turns this into the single MV2 string for Firefox.
    content_security_policy: { extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'" },
    commands: {
      'next-finding': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_hint_command_next__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'even-keel@even-keel.app',
              // The CSS Custom Highlight API (underlines without touching the editor) arrived in
              // Firefox 140, data_collection_permissions in 140 (142 on Android).
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
          // MV2 has no optional_host_permissions: other sites are optional permissions there.
          optional_permissions: ['https://*/*', 'http://*/*'],
        }
      : {
          // Firm policy (storage.managed) is checked against this schema in Chromium browsers;
          // Firefox reads policies.json without one and would warn about the key.
          storage: { managed_schema: 'managed_schema.json' },
        }),
  }),
});
