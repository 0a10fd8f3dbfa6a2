import { defineConfig } from 'tsup';

// Everything the compiler needs (unified, remark, yaml, zod) is a devDependency and is
// bundled into dist/compiler.*; the runtime entry reads JSON and imports only node:fs.
export default defineConfig({
  entry: ['src/index.ts', 'src/compiler.ts', 'src/cli.ts'],
  format: ['esm', 'cjs'],
  // tsup passes baseUrl to the declaration build, which TypeScript 6 deprecates.
  dts: { entry: ['src/index.ts', 'src/compiler.ts'], compilerOptions: { ignoreDeprecations: '6.0' } },
  shims: true,
  // dist/data is written by the content build; tsup must not delete the last good copy.
  clean: false,
  target: 'node20',
  platform: 'node',
  // Bundled CommonJS dependencies (yaml) call require(), which ES modules lack.
  banner: ({ format }) =>
    format === 'esm'
      ? { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" }
      : {},
});
