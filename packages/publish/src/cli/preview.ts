// npm run preview: serve dist/ on localhost, the way a static host would.
// Usage: preview.ts [--dir dist] [--port 4321]
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { serveSite } from '../serve-site.js';

const { values } = parseArgs({
  options: { dir: { type: 'string', default: 'dist' }, port: { type: 'string', default: process.env.PORT ?? '4321' } },
});
const root = resolve(values.dir);
if (!existsSync(root)) {
  console.error(`${values.dir} does not exist yet: run npm run build first.`);
  process.exit(1);
}
const { url } = await serveSite({ root, port: Number(values.port) });
console.log(`Serving ${values.dir} at ${url} (Ctrl+C to stop)`);
