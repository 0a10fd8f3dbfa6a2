import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import type { SiteFile } from '../types.js';

/**
 * Replaces the folder `outDir` with exactly `files`. Everything is written to a sibling
 * folder first and swapped in by renames, so a failure at any point leaves the last good
 * `outDir` as it was.
 */
export function writeSiteFiles(outDir: string, files: readonly SiteFile[]): void {
  const target = resolve(outDir);
  const next = `${target}.next`;
  const old = `${target}.old`;
  rmSync(next, { recursive: true, force: true });
  try {
    for (const file of files) {
      const path = resolve(next, ...file.path.split('/'));
      // A path such as ../x would write outside the output folder.
      if (relative(next, path).startsWith(`..${sep}`) || relative(next, path) === '..') {
        throw new Error(`expected a path inside the output folder, got ${JSON.stringify(file.path)}`);
      }
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, file.contents);
    }
    rmSync(old, { recursive: true, force: true });
    let hadOld = true;
    try {
      renameSync(target, old);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      hadOld = false;
    }
    try {
      renameSync(next, target);
    } catch (error) {
      if (hadOld) renameSync(old, target);
      throw error;
    }
    rmSync(old, { recursive: true, force: true });
  } catch (error) {
    rmSync(next, { recursive: true, force: true });
    throw error;
  }
}
