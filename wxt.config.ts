import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

export default defineConfig({
  // Static files copied into the build as they are (icons, the managed-policy schema).
  publicDir: 'assets/public',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Even Keel',
    description:
      'Calmer, clearer replies to difficult clients. Checks your draft on your own device; nothing leaves the browser.',
    default_locale: 'en',
    // `scripting` registers the compose script on sites the user enables; Gmail and Outlook on the
    // web come from the content script's own matches.
    permissions: ['storage', 'scripting'],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    commands: {
      'next-finding': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_hint_command_next__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'even-keel@even-keel.app', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {
          // Firm policy (storage.managed) is checked against this schema in Chromium browsers;
          // Firefox reads policies.json without one and would warn about the key.
          storage: { managed_schema: 'managed_schema.json' },
        }),
  }),
});
