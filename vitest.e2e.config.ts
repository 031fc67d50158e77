import { defineConfig } from 'vitest/config';

// Real-browser tests: one Chromium per file, files one at a time (2 shared cores), generous
// timeouts for a cold browser start on a busy machine.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // The first check in a fresh profile waits for the service worker to load the engine.
    expect: { poll: { timeout: 10_000, interval: 50 } },
  },
});
