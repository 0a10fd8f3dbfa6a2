import { copyFileSync, linkSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, normalize, sep } from 'node:path';

/** One file of the published site: a relative POSIX path, such as `text/index.txt`, and its text. */
export interface SiteFile {
  path: string;
  contents: string;
}

/** A file kept from the last output: linked into the new one, not read and written again. */
export interface KeptFile {
  path: string;
  from: string;
}

/**
 * Replaces the folder `outDir` with exactly `files`. Everything is written to a sibling
 * folder first and swapped in with two renames, so a reader sees the old site or the
 * new one, never a mix, and a failure at any point leaves the old one in place. Throws
 * before touching `outDir` when two files claim one path or a path leaves the folder.
 */
export function writeSite(files: readonly (SiteFile | KeptFile)[], outDir: string): void {
  const seen = new Set<string>();
  for (const file of files) {
    const path = normalize(file.path);
    if (path.startsWith('..') || path.startsWith(sep) || path !== file.path.split('/').join(sep)) {
      throw new Error(`A site file has an unsafe path: "${file.path}"`);
    }
    if (seen.has(path)) throw new Error(`Two files have the same path: "${file.path}"`);
    seen.add(path);
  }
  const next = `${outDir}.next`;
  const previous = `${outDir}.previous`;
  rmSync(next, { recursive: true, force: true });
  try {
    mkdirSync(next, { recursive: true });
    for (const file of files) {
      const target = join(next, file.path);
      mkdirSync(dirname(target), { recursive: true });
      if ('contents' in file) writeFileSync(target, file.contents);
      else keep(file.from, target);
    }
    rmSync(previous, { recursive: true, force: true });
    const hadPrevious = moveIfThere(outDir, previous);
    try {
      renameSync(next, outDir);
    } catch (error) {
      if (hadPrevious) renameSync(previous, outDir);
      throw error;
    }
    rmSync(previous, { recursive: true, force: true });
  } catch (error) {
    rmSync(next, { recursive: true, force: true });
    throw error;
  }
}

function moveIfThere(from: string, to: string): boolean {
  try {
    renameSync(from, to);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

// The old output is never changed in place, so a hard link to its file is safe and costs
// nothing; where links are not possible, a copy does the same.
function keep(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}
