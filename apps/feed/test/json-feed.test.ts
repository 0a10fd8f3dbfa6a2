import { absoluteUrl, loadContent, sitePaths } from '@kap/content';
import { describe, expect, it } from 'vitest';
import { buildFeeds } from '../src/index.js';
import { checkJsonFeed, expectedItemText, squash } from './helpers.js';

const content = await loadContent();
const jsonFiles = buildFeeds(content).filter((file) => file.path.endsWith('.json'));

describe('the JSON Feed checker', () => {
  it('finds what is wrong in a feed written against the 1.0 version', () => {
    const bad = {
      version: 'https://jsonfeed.org/version/1',
      title: 'x',
      author: { name: 'a' },
      extra: 1,
      items: [
        { id: 1, url: '/relative/', title: 't', summary: 's', content_html: 'c', date_published: 'Tue, 27 Jan 2026', tags: 'a' },
        {
          id: 'b',
          url: 'https://x.example/',
          title: 't',
          summary: 's',
          content_html: 'c',
          date_published: '2026-01-27T00:00:00Z',
          date_modified: '2026-01-27T00:00:00Z',
          tags: [],
        },
        {
          id: 'b',
          url: 'https://x.example/',
          title: 't',
          summary: 's',
          content_html: 'c',
          date_published: '2026-01-27T00:00:00Z',
          date_modified: '2026-01-27T00:00:00Z',
          tags: [],
        },
      ],
    };
    expect(checkJsonFeed(bad)).toEqual([
      'unknown top-level key extra',
      'version is not https://jsonfeed.org/version/1.1',
      'home_page_url is not an absolute URL',
      'feed_url is not an absolute URL',
      'language is not a language tag',
      'author is deprecated in 1.1: use authors',
      'authors is not a non-empty array',
      'items[0].id is not a non-empty string',
      'items[0].url is not an absolute URL',
      'items[0].date_published is not an RFC 3339 date',
      'items[0].date_modified is not an RFC 3339 date',
      'items[0].tags is not an array of strings',
      'items[2].id b is not unique',
    ]);
  });
});

describe('toJsonFeed', () => {
  it('writes JSON Feed 1.1 that passes the checker, for the site and every topic', () => {
    expect(jsonFiles.map((file) => file.path)).toEqual([
      'feed.json',
      'topics/ptsd/feed.json',
      'topics/depression/feed.json',
      'topics/long-term-outcomes/feed.json',
      'topics/integration/feed.json',
    ]);
    for (const file of jsonFiles)
      expect({ path: file.path, problems: checkJsonFeed(JSON.parse(file.contents)) }).toEqual({ path: file.path, problems: [] });
  });

  it('says what the content package says, field by field', () => {
    const feed = JSON.parse(jsonFiles[0]?.contents ?? '{}');
    const site = content.site;
    expect(Object.keys(feed)).toEqual(['version', 'title', 'home_page_url', 'feed_url', 'description', 'language', 'authors', 'items']);
    expect(feed).toMatchObject({
      version: 'https://jsonfeed.org/version/1.1',
      title: site.title,
      home_page_url: site.baseUrl,
      feed_url: absoluteUrl(site, sitePaths.jsonFeed),
      description: site.description,
      language: site.language,
      authors: [{ name: site.author }],
    });
    expect(feed.items).toHaveLength(content.articles.length);
    content.articles.forEach((article, index) => {
      const item = feed.items[index];
      const url = absoluteUrl(site, sitePaths.article(article.slug));
      expect(Object.keys(item)).toEqual(['id', 'url', 'title', 'summary', 'content_html', 'date_published', 'date_modified', 'tags']);
      expect(item).toMatchObject({
        id: url,
        url,
        title: article.title,
        summary: article.description,
        date_published: `${article.published}T00:00:00Z`,
        date_modified: `${article.modified}T00:00:00Z`,
        tags: [...article.topics.map((slug) => content.topics.find((topic) => topic.slug === slug)?.title), ...article.tags],
      });
      const words = item.content_html
        .replace(/<[^>]*>/g, ' ')
        .replace(/&#x26;/g, '&')
        .replace(/&#x3C;/g, '<');
      expect(squash(words)).toBe(squash(expectedItemText(content, article)));
    });
  });

  it('gives each topic feed its topic page, its own address and only its articles', () => {
    const feed = JSON.parse(jsonFiles.find((file) => file.path === 'topics/depression/feed.json')?.contents ?? '{}');
    expect(feed.home_page_url).toBe(absoluteUrl(content.site, sitePaths.topic('depression')));
    expect(feed.feed_url).toBe(absoluteUrl(content.site, sitePaths.topicJsonFeed('depression')));
    expect(feed.items.map((item: { id: string }) => item.id)).toEqual([
      'https://understanding-kap.example/articles/kap-for-treatment-resistant-depression/',
    ]);
  });
});
