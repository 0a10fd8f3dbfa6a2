import { createHash } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { testPause } from './test-pause.js';
import { type KeptFile, type SiteFile, siteFileBytes } from './write-site.js';

/** The digest of each file's contents in an output folder, by path. */
export type SiteDigests = Map<string, string>;

/** The digests of a complete set of files, for a later {@link updateSite}. */
export function digestSite(files: readonly SiteFile[]): SiteDigests {
  return new Map(files.map((file) => [file.path, digestContents(file.contents)]));
}

/**
 * Brings an output folder written earlier up to date in place: writes only the files
 * whose contents changed, each to a temporary name and renamed over the old one, and
 * removes the files that are gone. Kept files are left where they are. For a preview
 * server that must show an edit at once; a publish for hosting swaps in a whole folder.
 */
export function updateSite(files: readonly (SiteFile | KeptFile)[], outDir: string, previous: SiteDigests): SiteDigests {
  const next: SiteDigests = new Map();
  for (const file of files) {
    if (!('contents' in file)) {
      const kept = previous.get(file.path);
      if (kept === undefined) throw new Error(`A kept file was not in the last output: "${file.path}"`);
      next.set(file.path, kept);
      continue;
    }
    const hash = digestContents(file.contents);
    next.set(file.path, hash);
    if (previous.get(file.path) === hash) continue;
    const target = join(outDir, file.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(`${target}.next`, siteFileBytes(file));
    renameSync(`${target}.next`, target);
    testPause('in-place');
  }
  for (const path of previous.keys()) {
    if (!next.has(path)) rmSync(join(outDir, path), { force: true });
  }
  return next;
}

/** The digest {@link updateSite} compares: of a file's text, or of its base64 for a binary file. */
export function digestContents(contents: string): string {
  return createHash('sha1').update(contents).digest('base64');
}
