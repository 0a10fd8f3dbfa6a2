import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // These tests run whole builds and child processes; turbo runs other suites beside them on 2 cores.
    testTimeout: 60_000,
  },
});
