import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts'],
  // ES modules only: unified and its plugins are ES modules, and Node 20.19 and later
  // load ES modules from require() too.
  format: ['esm'],
  // tsup passes baseUrl to the declaration build, which TypeScript 6 deprecates.
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  // The tree walk is a private workspace package: it ships inside this bundle.
  noExternal: ['@kap/tree-walk'],
  clean: true,
  target: 'es2022',
  platform: 'neutral',
});
