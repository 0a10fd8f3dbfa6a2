import { defineConfig } from 'vitest/config';

const external = 'test/external-content.test.ts';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'site',
          exclude: ['**/node_modules/**', external],
          // These tests run whole builds and child processes; turbo runs other suites beside them on 2 cores.
          testTimeout: 60_000,
          sequence: { groupOrder: 0 },
        },
      },
      {
        // `npm run build` on the repository itself: it writes packages/content/dist/data and
        // dist/, so it runs alone, after every other site test (which use folders of their own).
        test: {
          name: 'external-content',
          include: [external],
          testTimeout: 400_000,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
