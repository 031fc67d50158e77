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
    permissions: ['storage'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'even-keel@even-keel.app', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
});
