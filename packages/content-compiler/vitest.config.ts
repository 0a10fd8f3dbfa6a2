import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The package test packs and installs a tarball; give it room on a 2-core machine.
    testTimeout: 60_000,
  },
});
