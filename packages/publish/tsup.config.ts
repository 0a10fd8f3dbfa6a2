import { defineConfig } from 'tsup';

// The CLIs and the article worker as compiled JavaScript: no TypeScript compiled at run
// time, and the same code a user runs. The worker is an entry of its own, beside the
// chunk that starts it. Workspace packages of TypeScript sources ship inside the bundle.
export default defineConfig({
  entry: ['src/index.ts', 'src/article-worker.ts', 'src/cli/build.ts', 'src/cli/dev.ts', 'src/cli/preview.ts', 'src/cli/recover.ts'],
  format: ['esm'],
  noExternal: ['@kap/site-files', '@kap/tree-walk'],
  clean: true,
  target: 'node20',
  platform: 'node',
});
