import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ArticleSource, Problem } from '@kap/content/compiler';
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
}

/**
 * A digest of everything a publish reads: every file of the content folder, the code,
 * the day (it decides which articles are published) and the base URL override. Article
 * files count by their cache keys, which hash their bytes: they are not read again.
 */
export function publishDigest(contentDir: string, today: string, sources: readonly ArticleSource[]): string {
  const hash = createHash('sha256')
    .update(codeVersion())
    .update('\0')
    .update(today)
    .update('\0')
    .update(process.env.SITE_URL ?? '');
  const keys = new Map(sources.map((source) => [source.path, source.key]));
  const files = readdirSync(contentDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  for (const file of files)
    hash
      .update('\0')
      .update(relative(contentDir, file))
      .update('\0')
      .update(keys.get(file) ?? readFileSync(file));
  return hash.digest('hex');
}

const manifestName = 'last-publish.json';

/** The record of the last publish into `outDir`, when there is one. */
export function readLastPublish(cacheDir: string, outDir: string): LastPublish | undefined {
  try {
    const last = JSON.parse(readFileSync(join(cacheDir, manifestName), 'utf8')) as LastPublish;
    const valid = typeof last.digest === 'string' && typeof last.articleKeys === 'object' && last.articleKeys !== null;
    return valid && last.outDir === outDir ? last : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A digest per article of what its own files are made from: the article's cache key (its
 * bytes and what it was checked against), and everything every article page shares
 * (settings, glossary, topics, notices, pages, code).
 */
export function articleKeys(shared: SharedContent, sources: readonly ArticleSource[]): Record<string, string> {
  const sharedKey = createHash('sha256').update(codeVersion()).update(JSON.stringify(shared)).digest('hex');
  const keys: Record<string, string> = {};
  for (const source of sources) keys[source.slug] = createHash('sha256').update(sharedKey).update(source.key).digest('hex');
  return keys;
}

/** Records a successful publish. */
export function writeLastPublish(cacheDir: string, last: LastPublish): void {
  mkdirSync(cacheDir, { recursive: true });
  const path = join(cacheDir, manifestName);
  writeFileSync(`${path}.tmp`, JSON.stringify(last));
  renameSync(`${path}.tmp`, path);
}
