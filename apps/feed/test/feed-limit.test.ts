import { join } from 'node:path';
import { compileContent } from '@kap/content-compiler';
import type { PartsMemo } from '@kap/render';
import { describe, expect, it } from 'vitest';
import { defaultFeedLimit, toFeedModel } from '../src/index.js';

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
