import { absoluteUrl, loadContent, sitePaths } from '@kap/content';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFeeds } from '../src/index.js';
import { expectedItemText, type ParsedFeed, readWithFeedparser, squash } from './helpers.js';

const content = await loadContent();
const site = content.site;
const files = buildFeeds(content);
const xmlFiles = files.filter((file) => file.path.endsWith('.xml'));
let parsed: Record<string, ParsedFeed> = {};

const midnight = (day: string) => `${day}T00:00:00Z`;
const articleFor = (url: string) => {
  const article = content.articles.find((entry) => absoluteUrl(site, sitePaths.article(entry.slug)) === url);
  if (!article) throw new Error(`no article at ${url}`);
  return article;
};
const topicOf = (path: string) => /^topics\/([^/]+)\//.exec(path)?.[1];

describe('feeds as Debian’s python3-feedparser reads them', () => {
  beforeAll(() => {
    parsed = readWithFeedparser(Object.fromEntries(xmlFiles.map((file) => [file.path, file.contents])));
  }, 60_000);

  it('reads every RSS and Atom feed without a single complaint (bozo = 0)', () => {
    expect(Object.keys(parsed)).toHaveLength(10);
    for (const [path, feed] of Object.entries(parsed)) {
      expect({ path, bozo: feed.bozo, exception: feed.bozo_exception }).toEqual({ path, bozo: 0, exception: null });
      expect(feed.version).toBe(path.endsWith('feed.xml') ? 'rss20' : 'atom10');
    }
  });

  it('finds the feed title, home page, self link, language and newest-change date', () => {
    for (const [path, feed] of Object.entries(parsed)) {
      const topic = content.topics.find((entry) => entry.slug === topicOf(path));
      const articles = topic ? content.articles.filter((article) => article.topics.includes(topic.slug)) : content.articles;
      const newest =
        articles
          .map((article) => article.modified)
          .sort()
          .at(-1) ?? '';
      const self = absoluteUrl(site, `/${path}`);
      expect(feed.feed.title).toBe(topic ? `${site.title}: ${topic.title}` : site.title);
      expect(feed.feed.subtitle).toBe(topic ? topic.description : site.description);
      expect(feed.feed.link).toBe(absoluteUrl(site, topic ? sitePaths.topic(topic.slug) : sitePaths.home));
      expect(feed.feed.links).toContainEqual({
        rel: 'self',
        href: self,
        type: path.endsWith('feed.xml') ? 'application/rss+xml' : 'application/atom+xml',
      });
      expect(feed.feed.language).toBe(site.language);
      expect(feed.feed.updated).toBe(midnight(newest));
      expect(feed.feed.generator).toBe('@kap/feed');
      if (path.endsWith('atom.xml')) {
        expect(feed.feed.id).toBe(self);
        expect(feed.feed.author).toBe(site.author);
      }
      expect(feed.entries.map((entry) => entry.id)).toEqual(articles.map((article) => absoluteUrl(site, sitePaths.article(article.slug))));
    }
  });

  it('gets each article’s title, link, id, author, dates, topics and tags as the content package holds them', () => {
    const topicScheme = absoluteUrl(site, sitePaths.topics);
    for (const [path, feed] of Object.entries(parsed)) {
      const isAtom = path.endsWith('atom.xml');
      for (const entry of feed.entries) {
        const article = articleFor(entry.id);
        const titles = article.topics.map((slug) => content.topics.find((topic) => topic.slug === slug)?.title);
        expect(entry.title).toBe(article.title);
        expect(entry.title_type).toBe('text/plain');
        expect(entry.link).toBe(entry.id);
        expect(entry.author).toBe(site.author);
        expect(entry.summary).toBe(article.description);
        expect(entry.published).toBe(midnight(article.published));
        // RSS items say when they last changed in atom:updated, which feedparser reads as `updated`.
        expect(entry.updated).toBe(midnight(article.modified));
        // Topics first, each with the topics page as its scheme (RSS `domain`), then tags with none.
        expect(entry.tags).toEqual([...(isAtom ? article.topics : titles), ...article.tags]);
        expect(entry.tag_schemes).toEqual([...article.topics.map(() => topicScheme), ...article.tags.map(() => null)]);
        if (isAtom) expect(entry.tag_labels).toEqual([...titles, ...article.tags.map(() => null)]);
      }
    }
  });

  it('gets the full content: crisis notice where needed, the whole article and the disclaimer, word for word', () => {
    for (const feed of Object.values(parsed)) {
      for (const entry of feed.entries) {
        const article = articleFor(entry.id);
        expect(entry.content).toHaveLength(1);
        expect(entry.content[0]?.type).toBe('text/html');
        expect(squash(entry.content[0]?.text ?? '')).toBe(squash(expectedItemText(content, article)));
      }
    }
  });

  it('finds only absolute addresses in the content after its sanitiser has run', () => {
    for (const feed of Object.values(parsed)) {
      for (const entry of feed.entries) {
        const hrefs = [...(entry.content[0]?.value ?? '').matchAll(/\s(?:href|src)="([^"]*)"/g)].map((match) => match[1]);
        expect(hrefs.length).toBeGreaterThan(0);
        for (const href of hrefs) expect(href).toMatch(/^https:\/\//);
      }
    }
  });
});
