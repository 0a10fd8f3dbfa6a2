import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'mdast';
import type { ArticleContext, CompiledArticle } from './compile-article.js';
import { compilerVersion } from './compiler-version.js';
import { type ArticleSummary, summarize } from './summarize.js';

/**
 * Compiled articles by the hash of everything that shaped them. Summaries (all but the
 * body tree) are what listings, feeds and indexes need; a body is asked for only when
 * one of the article's own files is built.
 */
export interface ArticleCache {
  get(key: string): ArticleSummary | undefined;
  /** The body tree, or undefined when it is not kept or not sound: compile the file again. */
  getBody(key: string): Root | undefined;
  /** Keeps a compiled article; its body too when it has one. */
  set(key: string, compiled: ArticleSummary | CompiledArticle): void;
  /** For a cache in a folder: where worker threads write bodies themselves, with {@link writeBodyEntry}. */
  readonly dir?: string;
  /**
   * Writes the manifest of summaries, and removes the entries nobody asked for since the
   * cache was opened, such as the old versions of edited articles, so the folder does not
   * grow without end. Returns how many bodies it removed.
   */
  save?(): number;
}

/** Where compiled bodies are kept and found: an {@link ArticleCache}, or a worker thread's view of one. */
export type BodyStore = Pick<ArticleCache, 'getBody' | 'set'>;

/**
 * The key of one article's compilation: its bytes (by their {@link digestBytes}), its
 * display name, the context it was checked against, and the version of the compiler, so
 * a change to any of them misses.
 */
export function articleCacheKey(file: string, bytesDigest: string, contextKey: string): string {
  return createHash('sha256')
    .update(compilerVersion)
    .update('\0')
    .update(contextKey)
    .update('\0')
    .update(file)
    .update('\0')
    .update(bytesDigest)
    .digest('hex');
}

/** The digest of a file's bytes that cache keys are made from. */
export function digestBytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** A stable digest of the context, computed once per run. */
export function contextKey(context: ArticleContext): string {
  return createHash('sha256')
    .update(JSON.stringify([context.glossary ?? null, context.topicSlugs ?? null]))
    .digest('hex');
}

/** A cache that lives as long as the process: the dev watcher's, and the tests'. */
export function memoryCache(): ArticleCache {
  const entries = new Map<string, { summary: ArticleSummary; body: Root | undefined }>();
  return {
    get: (key) => entries.get(key)?.summary,
    getBody: (key) => entries.get(key)?.body,
    set: (key, compiled) => void entries.set(key, { summary: summarize(compiled), body: bodyOf(compiled) }),
  };
}

const manifestName = 'articles.json';
const bodiesName = 'bodies';

/**
 * A cache in a folder: one manifest of summaries, read once, and one JSON file per body,
 * read on demand. A manifest or an entry that cannot be read, does not parse or has the
 * wrong shape is a miss and is written again: a cache is never trusted.
 */
export function diskCache(dir: string): ArticleCache {
  mkdirSync(join(dir, bodiesName), { recursive: true });
  // Read on first use: a publish that finds nothing changed never needs it.
  let manifest: Map<string, ArticleSummary> | undefined;
  const summaries = () => {
    manifest ??= readManifest(join(dir, manifestName));
    return manifest;
  };
  let changed = false;
  const asked = new Set<string>();
  return {
    dir,
    get(key) {
      asked.add(key);
      return summaries().get(key);
    },
    getBody(key) {
      asked.add(key);
      return readBodyEntry(dir, key);
    },
    set(key, compiled) {
      asked.add(key);
      changed = true;
      summaries().set(key, summarize(compiled));
      const body = bodyOf(compiled);
      if (body) writeBodyEntry(dir, key, body);
    },
    save() {
      // Unchanged since it was read or last saved: nothing to write, nothing to remove.
      if (!manifest || (!changed && [...manifest.keys()].every((key) => asked.has(key)))) return 0;
      changed = false;
      for (const key of manifest.keys()) if (!asked.has(key)) manifest.delete(key);
      writeChecked(join(dir, manifestName), JSON.stringify({ format: manifestFormat, entries: Object.fromEntries(manifest) }));
      const stale = readdirSync(join(dir, bodiesName)).filter((name) => !asked.has(name.slice(0, -'.json'.length)));
      for (const name of stale) rmSync(join(dir, bodiesName, name), { force: true });
      return stale.length;
    },
  };
}

/** Writes one body into a cache folder: what a worker thread does for the cache it cannot reach. */
export function writeBodyEntry(dir: string, key: string, body: Root): void {
  writeChecked(join(dir, bodiesName, `${key}.json`), JSON.stringify({ key, body }));
}

/**
 * Reads one body from a cache folder, or undefined when it is missing or not sound: its
 * own digest must match, so a body changed by hand, or by one flipped bit, is compiled
 * again from its file, never published.
 */
export function readBodyEntry(dir: string, key: string): Root | undefined {
  const entry = readChecked(join(dir, bodiesName, `${key}.json`)) as { key?: unknown; body?: Root } | undefined;
  return entry?.key === key && isTree(entry.body) ? entry.body : undefined;
}

const manifestFormat = 1;

function readManifest(path: string): Map<string, ArticleSummary> {
  const manifest = readChecked(path) as { format?: unknown; entries?: Record<string, unknown> } | undefined;
  if (manifest?.format !== manifestFormat || typeof manifest.entries !== 'object' || manifest.entries === null) return new Map();
  return new Map(Object.entries(manifest.entries).filter((entry): entry is [string, ArticleSummary] => isSummary(entry[1])));
}

/**
 * Writes JSON text after its own digest, so that {@link readChecked} can tell an intact
 * file from one that was truncated or changed by anything but this code.
 */
export function writeChecked(path: string, json: string): void {
  writeAtomically(path, `${checksum(json)}\n${json}`);
}

/** The JSON value of a file {@link writeChecked} wrote, or undefined when it is missing or not intact. */
export function readChecked(path: string): unknown {
  try {
    const text = readFileSync(path, 'utf8');
    const newline = text.indexOf('\n');
    const json = text.slice(newline + 1);
    return newline > 0 && text.slice(0, newline) === checksum(json) ? JSON.parse(json) : undefined;
  } catch {
    return undefined;
  }
}

function checksum(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function writeAtomically(path: string, text: string): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, path);
}

function bodyOf(compiled: ArticleSummary | CompiledArticle): Root | undefined {
  return compiled.article && 'body' in compiled.article ? compiled.article.body : undefined;
}

function isTree(value: unknown): value is Root {
  return typeof value === 'object' && value !== null && (value as Root).type === 'root' && Array.isArray((value as Root).children);
}

function isSummary(value: unknown): value is ArticleSummary {
  if (typeof value !== 'object' || value === null) return false;
  const summary = value as Partial<ArticleSummary>;
  const article = summary.article as Partial<NonNullable<ArticleSummary['article']>> | undefined;
  return (
    typeof summary.file === 'string' &&
    Array.isArray(summary.problems) &&
    Array.isArray(summary.links) &&
    (article === undefined ||
      (typeof article === 'object' &&
        article !== null &&
        typeof article.frontmatter === 'object' &&
        typeof article.wordCount === 'number' &&
        Array.isArray(article.headings) &&
        typeof article.excerpt === 'string' &&
        typeof article.mentionsSuicide === 'boolean' &&
        Array.isArray(article.references)))
  );
}
