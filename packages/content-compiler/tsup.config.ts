import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts', 'src/data.ts', 'src/cli.ts', 'src/compile-worker.ts', 'src/types.ts', 'src/json-schemas.ts'],
  format: ['esm'],
  // tsup passes baseUrl to the declaration build, which TypeScript 6 deprecates.
  dts: { entry: ['src/index.ts', 'src/data.ts', 'src/types.ts'], compilerOptions: { ignoreDeprecations: '6.0' } },
  // The tree walk is a workspace package of TypeScript sources: it ships inside the bundle.
  noExternal: ['@kap/tree-walk'],
  clean: true,
  target: 'node20',
  platform: 'node',
});
