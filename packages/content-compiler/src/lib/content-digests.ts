import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { digestBytes } from './article-cache.js';

/**
 * What a long-lived process (the dev watcher) remembers of the content's files between
 * publishes, by path: each file's stamp (size, times, inode) and digest.
 */
export type FileStamps = Map<string, { stamp: string; digest: string }>;

/** A file's size, times and inode, which any write to it changes; undefined when it is missing. */
export function fileStamp(path: string): string | undefined {
  try {
    const { size, mtimeMs, ctimeMs, ino } = statSync(path);
    return `${size} ${mtimeMs} ${ctimeMs} ${ino}`;
  } catch {
    return undefined;
  }
}

/**
 * The digest of every file under the content folder, by path: each file is read once,
 * and its digest serves both the publish digest and the article's cache key. With
 * `stamps`, a file whose stamp is as it was is not read at all.
 */
export function digestContentFiles(contentDir: string, stamps?: FileStamps): Map<string, string> {
  const paths = readdirSync(contentDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() || (entry.isSymbolicLink() && isFile(join(entry.parentPath, entry.name))))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  const digests = new Map<string, string>();
  for (const path of paths) {
    if (!stamps) {
      digests.set(path, digestBytes(readFileSync(path)));
      continue;
    }
    const stamp = fileStamp(path) ?? '';
    const known = stamps.get(path);
    const digest = known?.stamp === stamp ? known.digest : digestBytes(readFileSync(path));
    stamps.set(path, { stamp, digest });
    digests.set(path, digest);
  }
  if (stamps) for (const path of stamps.keys()) if (!digests.has(path)) stamps.delete(path);
  return digests;
}

// A link to a file counts as the file: the compiler reads through it.
function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
