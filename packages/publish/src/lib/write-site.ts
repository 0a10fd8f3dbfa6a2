import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, normalize, sep } from 'node:path';

/** One file of the published site: a relative POSIX path and its text. */
export interface SiteFile {
  path: string;
  contents: string;
}

/**
 * Writes a whole site beside `outDir`, then swaps it in with two renames, so a reader
 * (or a preview server) sees either the old site or the new one, never a mix. Throws
 * before touching `outDir` when two files claim the same path or a path leaves the site.
 */
export function writeSite(files: readonly SiteFile[], outDir: string): void {
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
    writeFileSync(target, file.contents);
  }
  mkdirSync(next, { recursive: true });
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(outDir)) renameSync(outDir, previous);
  renameSync(next, outDir);
  rmSync(previous, { recursive: true, force: true });
}
