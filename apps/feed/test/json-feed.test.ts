import { absoluteUrl, loadContent, sitePaths } from '@kap/content';
import { describe, expect, it } from 'vitest';
import { buildFeeds } from '../src/index.js';
import { expectedItemText, squash } from './helpers.js';

// A checker written from https://www.jsonfeed.org/version/1.1/, field by field. No offline
// JSON Feed validator exists, so this is the specification as code.
const topLevelKeys = new Set([
  'version',
  'title',
  'home_page_url',
  'feed_url',
  'description',
  'user_comment',
  'next_url',
  'icon',
  'favicon',
  'authors',
  'author',
  'language',
  'expired',
  'hubs',
  'items',
]);
const itemKeys = new Set([
  'id',
  'url',
  'external_url',
  'title',
  'content_html',
  'content_text',
  'summary',
  'image',
  'banner_image',
  'date_published',
  'date_modified',
  'authors',
  'author',
  'tags',
  'language',
  'attachments',
]);
const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isAbsoluteUrl = (value: unknown) => typeof value === 'string' && URL.canParse(value) && /^https?:\/\//.test(value);

/** Every way `value` breaks JSON Feed 1.1 (and this project's stricter wishes), as sentences. */
function checkJsonFeed(value: unknown): string[] {
  const problems: string[] = [];
  if (!isObject(value)) return ['the feed is not a JSON object'];
  for (const key of Object.keys(value)) {
    if (!topLevelKeys.has(key) && !key.startsWith('_')) problems.push(`unknown top-level key ${key}`);
  }
  if (value.version !== 'https://jsonfeed.org/version/1.1') problems.push('version is not https://jsonfeed.org/version/1.1');
  if (typeof value.title !== 'string' || value.title === '') problems.push('title is not a non-empty string');
  if (!isAbsoluteUrl(value.home_page_url)) problems.push('home_page_url is not an absolute URL');
  if (!isAbsoluteUrl(value.feed_url)) problems.push('feed_url is not an absolute URL');
  if (typeof value.language !== 'string' || !/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/.test(value.language))
    problems.push('language is not a language tag');
  if ('author' in value) problems.push('author is deprecated in 1.1: use authors');
  checkAuthors(value.authors, 'authors', problems);
  if (!Array.isArray(value.items)) return [...problems, 'items is not an array'];
  const ids = new Set<string>();
  for (const [index, item] of (value.items as unknown[]).entries()) {
    const at = `items[${index}]`;
    if (!isObject(item)) {
      problems.push(`${at} is not an object`);
      continue;
    }
    for (const key of Object.keys(item)) {
      if (!itemKeys.has(key) && !key.startsWith('_')) problems.push(`${at} has unknown key ${key}`);
    }
    if (typeof item.id !== 'string' || item.id === '') problems.push(`${at}.id is not a non-empty string`);
    else if (ids.has(item.id)) problems.push(`${at}.id ${item.id} is not unique`);
    else ids.add(item.id);
    if (!isAbsoluteUrl(item.url)) problems.push(`${at}.url is not an absolute URL`);
    for (const key of ['title', 'summary', 'content_html'] as const) {
      if (typeof item[key] !== 'string' || item[key] === '') problems.push(`${at}.${key} is not a non-empty string`);
    }
    for (const key of ['date_published', 'date_modified'] as const) {
      if (typeof item[key] !== 'string' || !rfc3339.test(item[key]) || Number.isNaN(Date.parse(item[key]))) {
        problems.push(`${at}.${key} is not an RFC 3339 date`);
      }
    }
    if (typeof item.date_published === 'string' && typeof item.date_modified === 'string' && item.date_modified < item.date_published) {
      problems.push(`${at}.date_modified is before date_published`);
    }
    if (!Array.isArray(item.tags) || !item.tags.every((tag) => typeof tag === 'string' && tag !== '')) {
      problems.push(`${at}.tags is not an array of strings`);
    }
    if ('authors' in item) checkAuthors(item.authors, `${at}.authors`, problems);
  }
  return problems;
}

function checkAuthors(authors: unknown, at: string, problems: string[]): void {
  if (!Array.isArray(authors) || authors.length === 0) return void problems.push(`${at} is not a non-empty array`);
  for (const [index, author] of (authors as unknown[]).entries()) {
    if (!isObject(author)) {
      problems.push(`${at}[${index}] is not an object`);
      continue;
    }
    if (typeof author.name !== 'string' || author.name === '') problems.push(`${at}[${index}].name is not a non-empty string`);
    for (const key of Object.keys(author)) {
      if (!['name', 'url', 'avatar'].includes(key) && !key.startsWith('_')) problems.push(`${at}[${index}] has unknown key ${key}`);
    }
  }
}

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
        tags: article.topics.map((slug) => content.topics.find((topic) => topic.slug === slug)?.title),
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
