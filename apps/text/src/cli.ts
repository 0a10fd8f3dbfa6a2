import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadContent } from '@kap/content';
import { buildText } from './build-text.js';

// Writes every text file under apps/text/dist/ (text/<slug>.txt, text/index.txt). The files are
// built in a sibling folder first and swapped in with renames, so a failed build leaves the last
// good dist/ as it was.
const appDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(appDir, 'dist');
const next = join(appDir, '.dist-next');
const old = join(appDir, '.dist-old');

try {
  const files = buildText(loadContent());
  rmSync(next, { recursive: true, force: true });
  for (const file of files) {
    const target = join(next, ...file.path.split('/'));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.contents);
  }
  rmSync(old, { recursive: true, force: true });
  try {
    renameSync(dist, old);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  try {
    renameSync(next, dist);
  } catch (error) {
    renameSync(old, dist);
    throw error;
  }
  rmSync(old, { recursive: true, force: true });
  console.log(`text: wrote ${files.length} files to ${dist}`);
} catch (error) {
  rmSync(next, { recursive: true, force: true });
  console.error(`text: build failed, dist/ left as it was: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
