import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type ArticleSource, type Problem, readChecked, writeChecked } from '@kap/content-compiler';
import type { ArticleMeta } from '@kap/content-compiler/types';
import type { ArchivePage } from '@kap/feed';
import type { SharedContent } from './article-job.js';
import { codeVersion } from './code-version.js';

/** What the last successful publish into an output folder was made from. */
export interface LastPublish {
  digest: string;
  outDir: string;
  articles: number;
  files: number;
  warnings: Problem[];
  /** For each article, a digest of what its own files were made from. */
  articleKeys: Record<string, string>;
  /** For each feed archive page, by its first file, a digest of what its files were made from. */
  pageKeys?: Record<string, string>;
  /** The digest of every file of the output, by path. */
  outputs: Record<string, string>;
  /** Which folder holds those outputs: see {@link folderId}. */
  outputsId: string;
  /** The same for the output it replaced, kept beside it at `<outDir>.previous`, when known. */
  spare?: Record<string, string>;
  spareId?: string;
}

/**
 * Tells one folder from another, across renames: its inode and birth time. A record of
 * an output is trusted only for the folder it was made for, so an interrupted publish or
 * a folder put there by hand is never mistaken for it.
 */
export function folderId(dir: string): string | undefined {
  try {
    const { ino, birthtimeMs } = statSync(dir);
    return `${ino}-${birthtimeMs}`;
  } catch {
    return undefined;
  }
}

/**
 * A digest of everything a publish reads: every file of the content folder (by the
 * digests of {@link digestContentFiles}), the code, the day (it decides which articles
 * are published) and the base URL override.
 */
export function publishDigest(contentDir: string, today: string, fileDigests: ReadonlyMap<string, string>): string {
  const hash = createHash('sha256')
    .update(codeVersion())
    .update('\0')
    .update(today)
    .update('\0')
    .update(process.env.SITE_URL ?? '');
  for (const [path, digest] of fileDigests) hash.update('\0').update(relative(contentDir, path)).update('\0').update(digest);
  return hash.digest('hex');
}

const manifestName = 'last-publish.json';

/** The record of the last publish into `outDir`, when there is one. */
export function readLastPublish(cacheDir: string, outDir: string): LastPublish | undefined {
  // Checked on reading: the digests of the outputs decide which files are not written again.
  const last = readChecked(join(cacheDir, manifestName)) as Partial<LastPublish> | undefined;
  const record = (value: unknown) => typeof value === 'object' && value !== null;
  const valid =
    record(last) &&
    typeof last?.digest === 'string' &&
    record(last.articleKeys) &&
    record(last.outputs) &&
    typeof last.outputsId === 'string' &&
    (last.spare === undefined || record(last.spare)) &&
    (last.pageKeys === undefined || record(last.pageKeys));
  return valid && last?.outDir === outDir ? (last as LastPublish) : undefined;
}

/**
 * A digest per article of what its own files are made from: the article's cache key (its
 * bytes and what it was checked against), everything every article page shares
 * (settings, glossary, topics, notices, pages, code), and what its page shows of its
 * related articles (`related`, by slug: each one's address, title and summary).
 */
export function articleKeys(
  shared: SharedContent,
  sources: readonly ArticleSource[],
  related: ReadonlyMap<string, readonly ArticleMeta[]>,
): Record<string, string> {
  const sharedKey = createHash('sha256').update(codeVersion()).update(JSON.stringify(shared)).digest('hex');
  const keys: Record<string, string> = {};
  for (const source of sources) {
    const shown = (related.get(source.slug) ?? []).map(({ slug, title, description }) => [slug, title, description]);
    keys[source.slug] = createHash('sha256').update(sharedKey).update(source.key).update(JSON.stringify(shown)).digest('hex');
  }
  return keys;
}

/**
 * A digest of what a feed archive page's files are made from: its place (its files) and its
 * articles, each by its key, which covers the settings every feed shares too.
 */
export function pageKey(page: ArchivePage, keys: Readonly<Record<string, string>>): string {
  const hash = createHash('sha256').update(page.files.join('\0'));
  for (const slug of page.slugs)
    hash
      .update('\0')
      .update(slug)
      .update('\0')
      .update(keys[slug] ?? '');
  return hash.digest('hex');
}

/** Records a successful publish. */
export function writeLastPublish(cacheDir: string, last: LastPublish): void {
  mkdirSync(cacheDir, { recursive: true });
  writeChecked(join(cacheDir, manifestName), JSON.stringify(last));
}

/** Removes the record of the last publish, before its output changes in place. */
export function forgetLastPublish(cacheDir: string): void {
  rmSync(join(cacheDir, manifestName), { force: true });
}
