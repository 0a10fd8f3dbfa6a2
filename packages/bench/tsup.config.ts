import { defineConfig } from 'tsup';

// The benchmark as compiled JavaScript; its import script is plain JavaScript already.
export default defineConfig({
  entry: ['src/cli.ts'],
  format: ['esm'],
  clean: true,
  target: 'node20',
  platform: 'node',
});
