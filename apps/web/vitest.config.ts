import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The browser tests visit every built page in one shared Chromium; a test covers all
    // pages, so it needs longer than the default 5 seconds on a slow machine.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
