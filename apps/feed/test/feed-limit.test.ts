import { join } from 'node:path';
import { compileContent } from '@kap/content-compiler';
import type { PartsMemo } from '@kap/render';
import { describe, expect, it } from 'vitest';
import { countArchivePages, defaultFeedLimit, toFeedModel } from '../src/index.js';

const { content } = compileContent({
  contentDir: join(import.meta.dirname, '..', '..', '..', 'content'),
  now: new Date('2026-11-22T12:00:00Z'),
});

describe('the feed limit', () => {
  it('keeps the newest articles, 50 unless told otherwise', () => {
    expect(defaultFeedLimit).toBe(50);
    expect(toFeedModel(content).items.map((item) => item.url)).toEqual(
      content.articles.map((article) => `${content.site.baseUrl}articles/${article.slug}/`),
    );
    const two = toFeedModel(content, { limit: 2 });
    expect(two.items.map((item) => item.url)).toEqual(
      content.articles.slice(0, 2).map((article) => `${content.site.baseUrl}articles/${article.slug}/`),
    );
    expect(two.updated).toBe([content.articles[0]?.modified, content.articles[1]?.modified].sort().at(-1));
  });

  it('renders each article once for all the feeds of a build', () => {
    const rendered = new Map<string, string>();
    const memo: PartsMemo = {
      get: (slug, part) => rendered.get(`${slug} ${part}`),
      set: (slug, part, value) => void rendered.set(`${slug} ${part}`, value),
    };
    const site = toFeedModel(content, { memo });
    expect([...rendered.keys()].sort()).toEqual(content.articles.map((article) => `${article.slug} feed-content`).sort());
    const topic = toFeedModel(content, { topic: 'ptsd', memo });
    for (const item of topic.items) expect(site.items.find((entry) => entry.id === item.id)?.contentHtml).toBe(item.contentHtml);
  });
});

describe('archive pages in the model', () => {
  it('counts only complete pages, and cuts them from the oldest article', () => {
    expect(countArchivePages(content)).toBe(0);
    expect(countArchivePages(content, { limit: 2 })).toBe(2);
    expect(countArchivePages(content, { limit: 3 })).toBe(1);
    expect(countArchivePages(content, { topic: 'depression', limit: 1 })).toBe(1);
    const oldest = toFeedModel(content, { limit: 3, page: 1 });
    expect(oldest.items.map((item) => item.url)).toEqual(
      content.articles.slice(-3).map((article) => `${content.site.baseUrl}articles/${article.slug}/`),
    );
    expect(oldest.updated).toBe(
      content.articles
        .slice(-3)
        .map((article) => article.modified)
        .sort()
        .at(-1),
    );
  });

  it('links a page to the pages before and after it, and to the subscription feed, and the feed to its newest page', () => {
    const base = content.site.baseUrl;
    const at = (path: string) => ({ rss: `${base}${path}feed.xml`, atom: `${base}${path}atom.xml`, jsonFeed: `${base}${path}feed.json` });
    expect(toFeedModel(content).history).toEqual({ archive: false, complete: true, current: at('') });
    expect(toFeedModel(content, { limit: 2 }).history).toEqual({
      archive: false,
      complete: false,
      current: at(''),
      prevArchive: at('feed-archive/2/'),
    });
    const page = toFeedModel(content, { limit: 2, page: 2 });
    expect(page.feedUrls).toEqual(at('feed-archive/2/'));
    expect(page.history).toEqual({
      archive: true,
      complete: false,
      current: at(''),
      prevArchive: at('feed-archive/1/'),
      nextArchive: at('feed-archive/3/'),
    });
    expect(toFeedModel(content, { limit: 2, page: 1 }).history).not.toHaveProperty('prevArchive');
    expect(toFeedModel(content, { topic: 'ptsd', limit: 1, page: 1 }).feedUrls.atom).toBe(`${base}topics/ptsd/feed-archive/1/atom.xml`);
  });

  it('refuses a page that is not complete, and a limit that is not a whole number above 0', () => {
    expect(() => toFeedModel(content, { page: 1 })).toThrow(
      'toFeedModel: expected no page: the feed has no complete archive page yet, got 1',
    );
    expect(() => toFeedModel(content, { limit: 2, page: 3 })).toThrow('toFeedModel: expected a page from 1 to 2, got 3');
    expect(() => toFeedModel(content, { limit: 2, page: 0 })).toThrow('toFeedModel: expected a page from 1 to 2, got 0');
    expect(() => toFeedModel(content, { limit: 0 })).toThrow('toFeedModel: expected a limit that is a whole number above 0, got 0');
    expect(() => toFeedModel(content, { limit: 1.5 })).toThrow('toFeedModel: expected a limit that is a whole number above 0, got 1.5');
  });
});
