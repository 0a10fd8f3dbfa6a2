import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileContent } from '../src/index.js';
import { type ArticleCache, diskCache, memoryCache, writeChecked } from '../src/lib/article-cache.js';
import { contentWith, today } from './helpers.js';

/** A cache that counts what the compiler asked of it. */
function counting(inner: ArticleCache) {
  const counts: { hits: number; misses: number; bodies?: number; bodyMisses?: number } = { hits: 0, misses: 0 };
  const cache: ArticleCache = {
    get(key) {
      const value = inner.get(key);
      if (value) counts.hits++;
      else counts.misses++;
      return value;
    },
    getBody(key) {
      const value = inner.getBody(key);
      if (value) counts.bodies = (counts.bodies ?? 0) + 1;
      else counts.bodyMisses = (counts.bodyMisses ?? 0) + 1;
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
    expect(counts).toEqual({ hits: 3, misses: 9, bodies: 1 });
  });

  it('keeps entries on disk between runs: a manifest of summaries and a file per body', () => {
    const contentDir = contentWith({});
    const dir = mkdtempSync(join(tmpdir(), 'kap-cache-'));
    const cache = diskCache(dir);
    const first = compileContent({ contentDir, now: today, cache });
    expect(cache.save?.()).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['articles.json', 'bodies']);
    expect(readdirSync(join(dir, 'bodies'))).toHaveLength(4);
    const again = counting(diskCache(dir));
    const second = compileContent({ contentDir, now: today, cache: again.cache });
    expect(again.counts).toEqual({ hits: 4, misses: 0 });
    expect(JSON.stringify(second.content)).toBe(JSON.stringify(first.content));
    for (const { slug } of first.content.articles) expect(second.content.getBody(slug)).toEqual(first.content.getBody(slug));
  });

  it('never trusts a manifest that is truncated, changed by hand or of another format: it compiles every article again', () => {
    const contentDir = contentWith({});
    const dir = mkdtempSync(join(tmpdir(), 'kap-cache-'));
    const first = compileAndSave(contentDir, dir);
    const manifest = join(dir, 'articles.json');
    const intact = readFileSync(manifest, 'utf8');
    const changedTitle = intact.replace('"title":"', '"title":"Changed ');
    expect(changedTitle).not.toBe(intact);
    const broken = [intact.slice(0, -20), changedTitle, `${'0'.repeat(64)}\nnull`, '{"format": 1, "entries": {}}'];
    const writes = [
      ...broken.map((text) => () => writeFileSync(manifest, text)),
      ...['{"format": 0, "entries": {}}', 'null'].map((json) => () => writeChecked(manifest, json)),
    ];
    for (const write of writes) {
      write();
      const { cache, counts } = counting(diskCache(dir));
      const again = compileContent({ contentDir, now: today, cache });
      expect(counts).toEqual({ hits: 0, misses: 4 });
      expect(JSON.stringify(again.content)).toBe(JSON.stringify(first.content));
    }
  });

  it('never trusts an entry of the wrong shape: that article alone is compiled again', () => {
    const contentDir = contentWith({});
    const dir = mkdtempSync(join(tmpdir(), 'kap-cache-'));
    const first = compileAndSave(contentDir, dir);
    const manifest = join(dir, 'articles.json');
    const parsed = readManifest(dir);
    const [key = ''] = Object.keys(parsed.entries);
    parsed.entries[key].article.wordCount = 'many';
    writeChecked(manifest, JSON.stringify(parsed));
    const { cache, counts } = counting(diskCache(dir));
    const again = compileContent({ contentDir, now: today, cache });
    expect(counts).toEqual({ hits: 3, misses: 1 });
    expect(JSON.stringify(again.content)).toBe(JSON.stringify(first.content));
  });

  it('never trusts a corrupt, truncated or foreign body: it compiles the article again for it', () => {
    const contentDir = contentWith({});
    const dir = mkdtempSync(join(tmpdir(), 'kap-cache-'));
    const first = compileAndSave(contentDir, dir);
    const published = first.content.articles.map(({ slug }) => ({ slug, path: join(dir, 'bodies', `${first.revisions.get(slug)}.json`) }));
    expect(published.length).toBeGreaterThan(1);
    const corruptions = [
      () => '{"key": "not json',
      (path: string) => readFileSync(path, 'utf8').slice(0, 40),
      () => JSON.stringify({ key: 'another-key', body: { type: 'root', children: [] } }),
      (path: string) => JSON.stringify({ key: basename(path, '.json'), body: 'not a tree' }),
      // A sound tree changed by hand, under its digest line: valid JSON, wrong words.
      (path: string) => readFileSync(path, 'utf8').replace(/"value":"[^"]*"/, '"value":"Words nobody wrote."'),
      // One flipped bit inside a string.
      (path: string) => {
        const bytes = readFileSync(path);
        const at = bytes.indexOf('"value":"') + 10;
        bytes[at] = (bytes[at] ?? 0) ^ 1;
        return bytes.toString('utf8');
      },
      // A body whose children are not a list, as a flipped byte once made: a crash, then.
      (path: string) => readFileSync(path, 'utf8').replace('"children":[', '"children":{"0":'),
    ];
    for (const corrupt of corruptions) {
      for (const { path } of published) writeFileSync(path, corrupt(path));
      const { cache, counts } = counting(diskCache(dir));
      const again = compileContent({ contentDir, now: today, cache });
      for (const { slug } of published) expect(again.content.getBody(slug)).toEqual(first.content.getBody(slug));
      expect(counts).toEqual({ hits: 4, misses: 0, bodyMisses: published.length });
      // Compiled again, each body was written again.
      const sound = counting(diskCache(dir));
      const third = compileContent({ contentDir, now: today, cache: sound.cache });
      for (const { slug } of published) expect(third.content.getBody(slug)).toEqual(first.content.getBody(slug));
      expect(sound.counts).toEqual({ hits: 4, misses: 0, bodies: published.length });
    }
  });

  it("prunes the entries nobody asked for, such as an edited article's old version", () => {
    const contentDir = contentWith({});
    const dir = mkdtempSync(join(tmpdir(), 'kap-cache-'));
    compileAndSave(contentDir, dir);
    const path = join(contentDir, 'articles', 'second-article.md');
    writeFileSync(path, readFileSync(path, 'utf8').replace('A plain paragraph', 'A changed paragraph'));
    writeFileSync(join(dir, 'last-publish.json'), '{}');
    const cache = diskCache(dir);
    compileContent({ contentDir, now: today, cache });
    expect(readdirSync(join(dir, 'bodies'))).toHaveLength(5);
    expect(cache.save?.()).toBe(1);
    expect(readdirSync(join(dir, 'bodies'))).toHaveLength(4);
    expect(Object.keys(readManifest(dir).entries)).toHaveLength(4);
    expect(readdirSync(dir)).toContain('last-publish.json');
    const again = counting(diskCache(dir));
    compileContent({ contentDir, now: today, cache: again.cache });
    expect(again.counts).toEqual({ hits: 4, misses: 0 });
  });
});

function readManifest(dir: string) {
  const text = readFileSync(join(dir, 'articles.json'), 'utf8');
  return JSON.parse(text.slice(text.indexOf('\n') + 1));
}

function compileAndSave(contentDir: string, dir: string) {
  const cache = diskCache(dir);
  const compiled = compileContent({ contentDir, now: today, cache });
  cache.save?.();
  return compiled;
}
