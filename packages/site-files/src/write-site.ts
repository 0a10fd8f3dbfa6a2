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
    checkPath(file.path);
    if (seen.has(file.path)) throw new Error(`Two files have the same path: "${file.path}"`);
    seen.add(file.path);
  }
  const site = openSite(outDir);
  try {
    for (const file of files) site.add(file);
  } catch (error) {
    site.abort();
    throw error;
  }
  site.commit();
}

/** A new output being written beside the old one: see {@link openSite}. */
export interface SiteWriter {
  /** The folder the new output is written in; other threads may write into it with {@link writeSiteFile}. */
  readonly dir: string;
  /** Writes a file, or links a kept one. Throws for a path written before or one that leaves the folder. */
  add(file: SiteFile | KeptFile): void;
  /** Swaps the new output in for the old one. */
  commit(): void;
  /** Removes the new output, leaving the old one as it was. */
  abort(): void;
}

/**
 * Starts a new output beside `outDir`, at `<outDir>.next`, to be written file by file
 * as it is made, and swapped in whole by `commit`, or removed by `abort`.
 */
export function openSite(outDir: string): SiteWriter {
  const next = `${outDir}.next`;
  const previous = `${outDir}.previous`;
  rmSync(next, { recursive: true, force: true });
  mkdirSync(next, { recursive: true });
  const seen = new Set<string>();
  const folders = new Set<string>();
  return {
    dir: next,
    add(file) {
      checkPath(file.path);
      if (seen.has(file.path)) throw new Error(`Two files have the same path: "${file.path}"`);
      seen.add(file.path);
      const target = join(next, file.path);
      makeFolder(dirname(target), folders);
      if ('contents' in file) writeFileSync(target, file.contents);
      else keep(file.from, target);
    },
    commit() {
      try {
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
    },
    abort() {
      rmSync(next, { recursive: true, force: true });
    },
  };
}

/**
 * Writes one file into the folder of an open {@link SiteWriter}, from any thread. The
 * writer does not know of it: the caller keeps each path to one writer.
 */
export function writeSiteFile(dir: string, file: SiteFile, folders = new Set<string>()): void {
  checkPath(file.path);
  const target = join(dir, file.path);
  makeFolder(dirname(target), folders);
  writeFileSync(target, file.contents);
}

function checkPath(path: string): void {
  const normal = normalize(path);
  if (normal.startsWith('..') || normal.startsWith(sep) || normal !== path.split('/').join(sep)) {
    throw new Error(`A site file has an unsafe path: "${path}"`);
  }
}

// Each folder is made once; many files share one.
function makeFolder(folder: string, made: Set<string>): void {
  if (made.has(folder)) return;
  mkdirSync(folder, { recursive: true });
  made.add(folder);
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
