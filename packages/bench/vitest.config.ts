import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // One run builds a small corpus several times in child processes.
    testTimeout: 300_000,
  },
});
