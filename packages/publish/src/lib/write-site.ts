import { copyFileSync, existsSync, linkSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, normalize, sep } from 'node:path';

/** One file of the published site: a relative POSIX path and its text. */
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
 * Writes a whole site beside `outDir`, then swaps it in with two renames, so a reader
 * (or a preview server) sees either the old site or the new one, never a mix. Throws
 * before touching `outDir` when two files claim the same path or a path leaves the site.
 */
export function writeSite(files: readonly (SiteFile | KeptFile)[], outDir: string): void {
  const seen = new Set<string>();
  for (const file of files) {
    const path = normalize(file.path);
    if (path.startsWith('..') || path.startsWith(sep) || path !== file.path.split('/').join(sep)) {
      throw new Error(`A site file has an unsafe path: "${file.path}"`);
    }
    if (seen.has(path)) throw new Error(`Two channels wrote the same file: "${file.path}"`);
    seen.add(path);
  }
  const next = `${outDir}.next`;
  const previous = `${outDir}.previous`;
  rmSync(next, { recursive: true, force: true });
  for (const file of files) {
    const target = join(next, file.path);
    mkdirSync(dirname(target), { recursive: true });
    if ('contents' in file) writeFileSync(target, file.contents);
    else keep(file.from, target);
  }
  mkdirSync(next, { recursive: true });
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(outDir)) renameSync(outDir, previous);
  renameSync(next, outDir);
  rmSync(previous, { recursive: true, force: true });
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
