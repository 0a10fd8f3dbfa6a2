import {
  accessSync,
  chmodSync,
  constants,
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, normalize, posix, sep } from 'node:path';
import { testPause } from './test-pause.js';
import { digestContents, type SiteDigests } from './update-site.js';

/** One file of the published site: a relative POSIX path, such as `text/index.txt`, and its text. */
export interface SiteFile {
  path: string;
  /** The file's text, or with `encoding: 'base64'` its bytes written in base64. */
  contents: string;
  /** How `contents` becomes bytes: UTF-8, the default, or base64 for a binary file such as an icon. */
  encoding?: 'utf8' | 'base64';
}

/** The bytes a {@link SiteFile} is written as. */
export function siteFileBytes(file: SiteFile): string | Buffer {
  return file.encoding === 'base64' ? Buffer.from(file.contents, 'base64') : file.contents;
}

/** A file kept from the last output: linked into the new one, not read and written again. */
export interface KeptFile {
  path: string;
  from: string;
  /** Its {@link digestContents}, when known: a reused folder that holds the same keeps its own. */
  digest?: string;
}

/**
 * Replaces the folder `outDir` with exactly `files`. Everything is written to a sibling
 * folder first and swapped in with two renames, so a reader sees the old site or the
 * new one, never a mix, and a failure at any point leaves the old one in place. Throws
 * before touching `outDir` when two files claim one path or a path leaves the folder.
 */
export function writeSite(files: readonly (SiteFile | KeptFile)[], outDir: string): void {
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
  /** True when the folder holds an earlier output being brought up to date, not a new empty one. */
  readonly reusing: boolean;
  /**
   * Writes a file, or links a kept one, unless the folder already holds the same. Throws
   * for a path given before or one that leaves the folder.
   */
  add(file: SiteFile | KeptFile): void;
  /** Counts a file another thread wrote into the folder, with its {@link digestContents}. */
  record(path: string, digest: string): void;
  /**
   * Removes what the new output does not have, and swaps it in for the old one. Returns
   * the digest of every file of the new output.
   */
  commit(): SiteDigests;
  /** Removes the new output, leaving the old one as it was. */
  abort(): void;
}

/** Options for {@link openSite}. */
export interface OpenSiteOptions {
  /**
   * The digests of the output before last, which a publisher keeps. With them, the old
   * folder that the last commit kept at `<outDir>.previous` is brought up to date, file by
   * file, instead of writing a whole new one: only what changed is written or removed.
   */
  spare?: SiteDigests;
  /** Keep the replaced output at `<outDir>.previous`, to be reused as the next spare. */
  keepPrevious?: boolean;
}

/**
 * Starts a new output beside `outDir`, at `<outDir>.next`, to be written file by file as
 * it is made, and swapped in whole by `commit`, or removed by `abort`.
 *
 * Files are never changed in place, only replaced by a rename: the old output and a
 * reused one may share files by hard links.
 */
export function openSite(outDir: string, options: OpenSiteOptions = {}): SiteWriter {
  const next = `${outDir}.next`;
  const previous = `${outDir}.previous`;
  recoverSite(outDir);
  removeTree(next);
  const reusing = options.spare !== undefined && isWritableTree(previous) && moveIfThere(previous, next);
  const there: SiteDigests = reusing && options.spare ? options.spare : new Map();
  if (!reusing) {
    removeTree(previous);
    mkdirSync(next, { recursive: true });
  }
  const written: SiteDigests = new Map();
  const folders = new Set<string>();
  const claim = (path: string) => {
    checkPath(path);
    if (written.has(path)) throw new Error(`Two files have the same path: "${path}"`);
  };
  return {
    dir: next,
    reusing,
    add(file) {
      claim(file.path);
      const digest = 'contents' in file ? digestContents(file.contents) : file.digest;
      written.set(file.path, digest ?? '');
      if (digest !== undefined && there.get(file.path) === digest) return;
      const target = join(next, file.path);
      makeFolder(dirname(target), folders);
      if ('contents' in file) writeOrReplace(target, siteFileBytes(file), reusing);
      else keep(file.from, target, reusing);
    },
    record(path, digest) {
      claim(path);
      written.set(path, digest);
    },
    commit() {
      try {
        const removed = [...there.keys()].filter((path) => !written.has(path));
        for (const path of removed) rmSync(join(next, path), { force: true });
        removeEmptyFolders(next, removed);
        removeTree(previous);
        testPause('before-swap');
        const hadPrevious = moveIfThere(outDir, previous);
        testPause('mid-swap');
        try {
          renameSync(next, outDir);
        } catch (error) {
          if (hadPrevious) renameSync(previous, outDir);
          throw error;
        }
        if (!options.keepPrevious) removeTree(previous);
      } catch (error) {
        removeTree(next);
        throw error;
      }
      return written;
    },
    abort() {
      removeTree(next);
    },
  };
}

/**
 * Writes one file into the folder of an open {@link SiteWriter}, from any thread; when the
 * writer is `reusing` its folder, by a rename over the old file. The caller records it.
 */
export function writeSiteFile(dir: string, file: SiteFile, reusing: boolean, folders = new Set<string>()): void {
  checkPath(file.path);
  const target = join(dir, file.path);
  makeFolder(dirname(target), folders);
  writeOrReplace(target, siteFileBytes(file), reusing);
}

// Over an old file, a new one is written beside it and renamed over it: the old one may
// be a hard link to a file of the live output, which must not change.
function writeOrReplace(target: string, contents: string | Buffer, replace: boolean): void {
  if (!replace) {
    writeFileSync(target, contents);
    return;
  }
  writeFileSync(`${target}.new`, contents);
  renameSync(`${target}.new`, target);
}

// The folders that removed files leave empty, such as a deleted article's.
function removeEmptyFolders(dir: string, removed: readonly string[]): void {
  for (const path of removed) {
    for (let folder = posix.dirname(path); folder !== '.'; folder = posix.dirname(folder)) {
      const full = join(dir, folder);
      if (!existsSync(full) || readdirSync(full).length > 0) break;
      rmdirSync(full);
    }
  }
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
function keep(from: string, to: string, replace: boolean): void {
  const target = replace ? `${to}.new` : to;
  try {
    linkSync(from, target);
  } catch {
    copyFileSync(from, target);
  }
  if (replace) renameSync(target, to);
}

/**
 * Puts the last good output back where it belongs after a publish was killed between the
 * two renames of its swap (the old output moved aside, the new one not yet in place), and
 * refuses an `outDir` that is not a folder: the build deletes nothing it did not make.
 */
export function recoverSite(outDir: string): void {
  let kind: 'folder' | 'other' | 'none' = 'none';
  try {
    kind = statSync(outDir).isDirectory() ? 'folder' : 'other';
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  if (kind === 'other') {
    throw new SiteFolderError(`${outDir} is not a folder: the site is published as a folder there. Move the file away, then run again.`);
  }
  if (kind === 'none') moveIfThere(`${outDir}.previous`, outDir);
}

/** The output path holds something the build must not replace. */
export class SiteFolderError extends Error {
  override name = 'SiteFolderError';
}

// Removes a folder this code made, also when someone made it read-only: its folders are
// made writable first, as deleting their files needs.
function removeTree(dir: string): void {
  try {
    rmSync(dir, { recursive: true, force: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EACCES' && code !== 'EPERM') throw error;
    makeWritable(dir);
    rmSync(dir, { recursive: true, force: true });
  }
}

function makeWritable(dir: string): void {
  chmodSync(dir, 0o755);
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) makeWritable(join(dir, entry.name));
  }
}

// An output folder is brought up to date only when it and its top folders are writable:
// one made read-only by hand is replaced by a new folder instead. (Its deeper folders are
// not all checked: that would cost a listing of every article's folder on every build.)
function isWritableTree(dir: string): boolean {
  try {
    accessSync(dir, constants.W_OK);
    return readdirSync(dir, { withFileTypes: true }).every((entry) => !entry.isDirectory() || isWritable(join(dir, entry.name)));
  } catch {
    return false;
  }
}

function isWritable(dir: string): boolean {
  try {
    accessSync(dir, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}
