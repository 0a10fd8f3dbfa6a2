import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { type ContentData, readChecked, writeChecked } from '@kap/content-compiler/data';
import type { ArticleMeta } from '@kap/content-compiler/types';
import type { ChannelBuild } from '../channel.js';
import { codeVersion } from './code-version.js';

/** What the last successful publish into an output folder was made from. */
export interface LastPublish {
  digest: string;
  /** The digest of the content data it was made from. */
  dataDigest?: string;
  /** The size, times and inode of the data's files when it read them: see dataStamps of the compiler. */
  dataStamps?: string;
  outDir: string;
  articles: number;
  files: number;
  /** For each article, a digest of what its own files were made from. */
  articleKeys: Record<string, string>;
  /** For each article, what its pieces of the listings are made from: see {@link ArticleKeys}. */
  dataKeys: Record<string, string>;
  /** For each article, its own files. */
  articleFiles: Record<string, string[]>;
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

/** A digest of everything a publish reads: the content data (by its digest) and the code. */
export function publishDigest(dataDigest: string): string {
  return createHash('sha256').update(codeVersion()).update('\0').update(dataDigest).digest('hex');
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
    record(last.articleFiles) &&
    record(last.dataKeys) &&
    (last.spare === undefined || record(last.spare)) &&
    (last.pageKeys === undefined || record(last.pageKeys));
  return valid && last?.outDir === outDir ? (last as LastPublish) : undefined;
}

/** Each article's keys: what its own files are made from, and what its pieces of the listings are. */
export interface ArticleKeys {
  /** The article's data (its metadata and its body's revision), the settings every page shares and the code. */
  data: Record<string, string>;
  /** The same and what each channel shows of other articles with it: see {@link ChannelBuild.shownWith}. */
  files: Record<string, string>;
}

/** The keys of every published article. */
export function articleKeys(data: ContentData, builds: readonly ChannelBuild[]): ArticleKeys {
  const { articles, ...shared } = data.index;
  const sharedKey = digest(`${codeVersion()}\0${JSON.stringify(shared)}`);
  const keys: ArticleKeys = { data: {}, files: {} };
  const used = new Map<string, string>();
  for (const article of articles) {
    // The body's module name carries its revision, a digest of all the article's data is made from.
    const dataKey = remembered(used, `${sharedKey}\0${data.bodies.get(article.slug) ?? JSON.stringify(article)}`);
    keys.data[article.slug] = dataKey;
    const shown = builds.map((build) => build.shownWith?.(article as ArticleMeta) ?? '');
    keys.files[article.slug] = remembered(used, `${dataKey}\0${JSON.stringify(shown)}`);
  }
  keyMemo = used;
  return keys;
}

// The keys of the last publish in this process, by what they digest: a dev loop that
// publishes again and again after one edit digests only what that edit changed.
let keyMemo = new Map<string, string>();

function remembered(used: Map<string, string>, text: string): string {
  const key = keyMemo.get(text) ?? digest(text);
  used.set(text, key);
  return key;
}

function digest(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** A digest of what a page that lists articles is made from: its place (its files), its articles, each by its data key, and anything else it shows. */
export function pageKey(files: readonly string[], slugs: readonly string[], keys: Readonly<Record<string, string>>, also = ''): string {
  const hash = createHash('sha256').update(files.join('\0')).update('\0').update(also).update('\0');
  for (const slug of slugs)
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
