import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadContent } from '@kap/content';
import { buildWeb } from './build-web.js';

// Writes the site to apps/web/dist. The new site is written next to it first and then
// swapped in with renames, so a failed build leaves the last good dist/ in place.
const appDir = join(import.meta.dirname, '..');
const dist = join(appDir, 'dist');
const next = join(appDir, '.dist-next');
const old = join(appDir, '.dist-old');

const files = buildWeb(loadContent());
rmSync(next, { recursive: true, force: true });
for (const file of files) {
  const path = join(next, ...file.path.split('/'));
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, file.contents);
}
rmSync(old, { recursive: true, force: true });
if (existsSync(dist)) renameSync(dist, old);
renameSync(next, dist);
rmSync(old, { recursive: true, force: true });
console.log(`Built the web site: ${files.length} files in ${dist}`);
