import { join } from 'node:path';
import { defineConfig, type Options } from 'tsup';

type Plugin = NonNullable<Options['esbuildPlugins']>[number];

// The data modules (dist/data) are written by the content compiler, not bundled: the
// runtime imports them by relative path, each format its own twin (.js or .cjs), so a
// consumer's bundler sees the metadata as one module and each body as a chunk of its own.
const dataModules: Plugin = {
  name: 'data-modules',
  setup(build) {
    const extension = build.initialOptions.format === 'cjs' ? '.cjs' : '.js';
    build.onResolve({ filter: /^\.\/data\// }, (args) => ({
      path: args.path.replace(/\.js$/, extension),
      external: true,
    }));
  },
};

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  // tsup passes baseUrl to the declaration build, which TypeScript 6 deprecates.
  // rootDirs as in tsconfig.json, absolute: the declaration build resolves from elsewhere.
  dts: {
    compilerOptions: {
      ignoreDeprecations: '6.0',
      allowArbitraryExtensions: true,
      rootDirs: [join(import.meta.dirname, 'src'), join(import.meta.dirname, 'dist')],
    },
  },
  esbuildPlugins: [dataModules],
  // The declarations import the slugs' types from the data folder, as they are, so the
  // bundle's declarations never hold one build's slugs: the data build writes them.
  external: [/^\.\/data\/slugs\.js$/],
  // Keep `with { type: 'json' }` on the metadata import: Node needs it for a JSON module.
  esbuildOptions(options) {
    options.supported = { ...options.supported, 'import-attributes': true };
  },
  // dist/data is written by the content build; tsup must not delete the last good copy.
  clean: false,
  target: 'es2022',
  platform: 'neutral',
});
