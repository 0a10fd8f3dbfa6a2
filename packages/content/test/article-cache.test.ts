import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type ArticleCache, compileContent, diskCache, memoryCache } from '../src/compiler.js';
import { contentWith, today } from './helpers.js';

/** A cache that counts what the compiler asked of it. */
function counting(inner: ArticleCache) {
  const counts = { hits: 0, misses: 0 };
  const cache: ArticleCache = {
    get(key) {
      const value = inner.get(key);
      if (value) counts.hits++;
      else counts.misses++;
      return value;
    },
    set: (key, value) => inner.set(key, value),
  };
  return { cache, counts };
}

describe('the article cache', () => {
  it('parses an unchanged article only once', () => {
    const contentDir = contentWith({});
    const { cache, counts } = counting(memoryCache());
    const first = compileContent({ contentDir, now: today, cache });
    expect(counts).toEqual({ hits: 0, misses: 4 });
    const second = compileContent({ contentDir, now: today, cache });
    expect(counts).toEqual({ hits: 4, misses: 4 });
    expect(JSON.stringify(second.content)).toBe(JSON.stringify(first.content));
  });

  it('parses again the article that changed, and every article when the glossary changed', () => {
    const contentDir = contentWith({});
    const { cache, counts } = counting(memoryCache());
    compileContent({ contentDir, now: today, cache });
    const path = join(contentDir, 'articles', 'second-article.md');
    writeFileSync(path, readFileSync(path, 'utf8').replace('A plain paragraph', 'A changed paragraph'));
    const changed = compileContent({ contentDir, now: today, cache });
    expect(counts).toEqual({ hits: 3, misses: 5 });
    expect(JSON.stringify(changed.content.getBody('second-article'))).toContain('A changed paragraph');
    writeFileSync(
      join(contentDir, 'glossary.yaml'),
      `${readFileSync(join(contentDir, 'glossary.yaml'), 'utf8')}- term: CBT\n  expansion: cognitive behavioral therapy\n`,
    );
    compileContent({ contentDir, now: today, cache });
    expect(counts).toEqual({ hits: 3, misses: 9 });
  });

  it('keeps entries on disk between runs', () => {
    const contentDir = contentWith({});
    const dir = mkdtempSync(join(tmpdir(), 'kap-cache-'));
    const first = compileContent({ contentDir, now: today, cache: diskCache(dir) });
    expect(readdirSync(dir)).toHaveLength(4);
    const { cache, counts } = counting(diskCache(dir));
    const second = compileContent({ contentDir, now: today, cache });
    expect(counts).toEqual({ hits: 4, misses: 0 });
    expect(JSON.stringify(second.content)).toBe(JSON.stringify(first.content));
  });

  it('never trusts a corrupt, truncated or foreign entry: it compiles again and rewrites it', () => {
    const contentDir = contentWith({});
    const dir = mkdtempSync(join(tmpdir(), 'kap-cache-'));
    const first = compileContent({ contentDir, now: today, cache: diskCache(dir) });
    const entries = readdirSync(dir).sort();
    const [a = '', b = '', c = '', d = ''] = entries;
    writeFileSync(join(dir, a), '{"key": "not json');
    writeFileSync(join(dir, b), readFileSync(join(dir, b), 'utf8').slice(0, 40));
    writeFileSync(join(dir, c), JSON.stringify({ key: 'another-key', compiled: { file: 'x', problems: [], links: [] } }));
    writeFileSync(
      join(dir, d),
      JSON.stringify({ key: d.replace('.json', ''), compiled: { file: 'x', problems: [], links: [], article: { body: 'not a tree' } } }),
    );
    const { cache, counts } = counting(diskCache(dir));
    const again = compileContent({ contentDir, now: today, cache });
    expect(counts).toEqual({ hits: 0, misses: 4 });
    expect(JSON.stringify(again.content)).toBe(JSON.stringify(first.content));
    const rewritten = counting(diskCache(dir));
    compileContent({ contentDir, now: today, cache: rewritten.cache });
    expect(rewritten.counts).toEqual({ hits: 4, misses: 0 });
  });

  it("prunes the entries nobody asked for, such as an edited article's old version", () => {
    const contentDir = contentWith({});
    const dir = mkdtempSync(join(tmpdir(), 'kap-cache-'));
    compileContent({ contentDir, now: today, cache: diskCache(dir) });
    const path = join(contentDir, 'articles', 'second-article.md');
    writeFileSync(path, readFileSync(path, 'utf8').replace('A plain paragraph', 'A changed paragraph'));
    writeFileSync(join(dir, 'last-publish.json'), '{}');
    const cache = diskCache(dir);
    compileContent({ contentDir, now: today, cache });
    expect(readdirSync(dir)).toHaveLength(6);
    expect(cache.prune?.()).toBe(1);
    expect(readdirSync(dir)).toHaveLength(5);
    expect(readdirSync(dir)).toContain('last-publish.json');
    const again = counting(diskCache(dir));
    compileContent({ contentDir, now: today, cache: again.cache });
    expect(again.counts).toEqual({ hits: 4, misses: 0 });
  });
});
