import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts', 'src/data.ts', 'src/cli.ts', 'src/compile-worker.ts', 'src/json-schemas.ts'],
  format: ['esm'],
  // No declarations: this private workspace's types are its sources (package.json), which
  // spares every build a TypeScript compile; @kap/content's declarations inline what they use.
  // The tree walk is a workspace package of TypeScript sources: it ships inside the bundle.
  noExternal: ['@kap/tree-walk'],
  clean: true,
  target: 'node20',
  platform: 'node',
});
