import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleContext, CompiledArticle } from './compile-article.js';

/** Compiled articles by the hash of everything that shaped them. */
export interface ArticleCache {
  get(key: string): CompiledArticle | undefined;
  set(key: string, value: CompiledArticle): void;
  /**
   * Removes the entries nobody asked for since the cache was opened, such as the old
   * versions of edited articles, so a cache folder does not grow without end. Returns
   * how many it removed.
   */
  prune?(): number;
}

/**
 * The key of one article's compilation: its bytes, its display name, the context it was
 * checked against, and the version of the compiler, so a change to any of them misses.
 */
export function articleCacheKey(file: string, bytes: Uint8Array, contextKey: string): string {
  return createHash('sha256')
    .update(compilerVersion)
    .update('\0')
    .update(contextKey)
    .update('\0')
    .update(file)
    .update('\0')
    .update(bytes)
    .digest('hex');
}

/** A stable digest of the context, computed once per run. */
export function contextKey(context: ArticleContext): string {
  return createHash('sha256')
    .update(JSON.stringify([context.glossary ?? null, context.topicSlugs ?? null]))
    .digest('hex');
}

/**
 * The compiler's own code, hashed: bundled, it includes every parser it uses, so a new
 * version of the code or of a dependency never reuses an old entry.
 */
const compilerVersion = createHash('sha256')
  .update(readFileSync(new URL(import.meta.url)))
  .digest('hex');

/** A cache that lives as long as the process: the dev watcher's. */
export function memoryCache(): ArticleCache {
  const entries = new Map<string, CompiledArticle>();
  return { get: (key) => entries.get(key), set: (key, value) => void entries.set(key, value) };
}

/**
 * A cache in a folder, one JSON file per entry. An entry that cannot be read, does not
 * parse or has the wrong shape is a miss and is written again: a cache is never trusted.
 */
export function diskCache(dir: string): ArticleCache {
  mkdirSync(dir, { recursive: true });
  const memory = memoryCache();
  const asked = new Set<string>();
  return {
    get(key) {
      asked.add(key);
      const hit = memory.get(key);
      if (hit) return hit;
      let value: unknown;
      try {
        value = JSON.parse(readFileSync(join(dir, `${key}.json`), 'utf8'));
      } catch {
        return undefined;
      }
      if (!isEntry(value, key)) return undefined;
      memory.set(key, value.compiled);
      return value.compiled;
    },
    set(key, compiled) {
      asked.add(key);
      memory.set(key, compiled);
      const path = join(dir, `${key}.json`);
      const temporary = `${path}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify({ key, compiled }));
      renameSync(temporary, path);
    },
    prune() {
      const stale = readdirSync(dir).filter((name) => entryName.test(name) && !asked.has(name.slice(0, -'.json'.length)));
      for (const name of stale) rmSync(join(dir, name), { force: true });
      return stale.length;
    },
  };
}

const entryName = /^[0-9a-f]{64}\.json$/;

function isEntry(value: unknown, key: string): value is { key: string; compiled: CompiledArticle } {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as { key?: unknown; compiled?: Partial<CompiledArticle> };
  const compiled = entry.compiled;
  return (
    entry.key === key &&
    typeof compiled === 'object' &&
    compiled !== null &&
    typeof compiled.file === 'string' &&
    Array.isArray(compiled.problems) &&
    Array.isArray(compiled.links) &&
    (compiled.article === undefined || (typeof compiled.article === 'object' && compiled.article?.body?.type === 'root'))
  );
}
