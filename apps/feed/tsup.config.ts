import { defineConfig } from 'tsup';

// The channel as compiled JavaScript, which the publisher's CLIs and worker threads import.
// Its workspace packages of TypeScript sources ship inside the bundle.
export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm'],
  noExternal: ['@kap/site-files', '@kap/tree-walk'],
  clean: true,
  target: 'node20',
  platform: 'node',
});
