// RFC 5005 archives, read as a feed reader reads them: Debian's feedparser for RSS and
// Atom, JSON.parse for JSON Feed, following the links from the subscription feed.
import { absoluteUrl, sitePaths } from '@kap/content';
import type { Content } from '@kap/content-compiler/types';
import { beforeAll, describe, expect, it } from 'vitest';
import { type ArchivePage, buildFeeds, type SiteFile } from '../src/index.js';
import { checkJsonFeed, generatedContent, generatedSlug, type ParsedFeed, parseXml, readWithFeedparser } from './helpers.js';

const site120 = generatedContent(120);
const files120 = buildFeeds(site120);
const base = site120.site.baseUrl;
const articleUrl = (number: number) => absoluteUrl(site120.site, sitePaths.article(generatedSlug(number)));
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, index) => from + index);
/** Newest first, as feeds list them. */
const urls = (numbers: number[]) => numbers.map(articleUrl).reverse();
const byPath = (files: SiteFile[]) => new Map(files.map((file) => [file.path, file.contents]));
/** The site file a feed URL names; undefined when the site has no such file. */
const fileOf = (url: string) => (url.startsWith(base) ? url.slice(base.length) : undefined);
const topicArticles = (content: Content, topic?: string) =>
  content.articles
    .filter((article) => topic === undefined || article.topics.includes(topic))
    .map((article) => articleUrl(Number(article.slug.slice(-4))));

/** What a reader sees following one kind of link from a start document: each document's path and item ids, in order. */
function follow(start: string, next: (path: string) => string | undefined, items: (path: string) => string[]) {
  const visited: { path: string; ids: string[] }[] = [];
  for (let path: string | undefined = start; path !== undefined; path = next(path)) {
    if (visited.some((document) => document.path === path)) throw new Error(`a loop back to ${path}`);
    visited.push({ path, ids: items(path) });
  }
  return visited;
}

/** Merged as RFC 5005 tells readers to: by id, a copy in a newer document standing for the older one. */
const merged = (documents: { ids: string[] }[]) => [...new Set(documents.flatMap((document) => document.ids))];

describe('archive pages of a 120-article site', () => {
  it('cuts each feed into complete pages of 50 from the oldest, and keeps the newest 50 in the subscription feed', () => {
    const paths = files120.map((file) => file.path);
    const archives = paths.filter((path) => path.includes('feed-archive/'));
    expect(archives).toEqual([
      ...['feed-archive/1', 'feed-archive/2', 'topics/ptsd/feed-archive/1', 'topics/depression/feed-archive/1'].flatMap((folder) =>
        ['feed.xml', 'atom.xml', 'feed.json'].map((name) => `${folder}/${name}`),
      ),
    ]);
    const ids = (path: string) => JSON.parse(byPath(files120).get(path) ?? '{}').items.map((item: { id: string }) => item.id);
    expect(ids('feed.json')).toEqual(urls(range(71, 120)));
    expect(ids('feed-archive/2/feed.json')).toEqual(urls(range(51, 100)));
    expect(ids('feed-archive/1/feed.json')).toEqual(urls(range(1, 50)));
    expect(ids('topics/ptsd/feed-archive/1/feed.json')).toEqual(topicArticles(site120, 'ptsd').slice(-50));
  });
});

describe('a feed reader following the archive links', () => {
  let parsed: Record<string, ParsedFeed> = {};
  beforeAll(() => {
    parsed = readWithFeedparser(
      Object.fromEntries(files120.filter((file) => file.path.endsWith('.xml')).map((file) => [file.path, file.contents])),
    );
  }, 60_000);
  const feed = (path: string) => {
    const found = parsed[path];
    if (!found) throw new Error(`no feed at ${path}`);
    return found;
  };
  const link = (path: string, rel: string) => feed(path).feed.links.find((entry) => entry.rel === rel)?.href;
  const prevArchive = (path: string) => {
    const href = link(path, 'prev-archive');
    return href === undefined ? undefined : fileOf(href);
  };
  const entryIds = (path: string) => feed(path).entries.map((entry) => entry.id);

  it.each(['feed.xml', 'atom.xml'])('sees all 120 articles from %s, each exactly once when merged by id, with feedparser', (start) => {
    const documents = follow(start, prevArchive, entryIds);
    const name = start.split('/').pop();
    expect(documents.map((document) => document.path)).toEqual([start, `feed-archive/2/${name}`, `feed-archive/1/${name}`]);
    for (const document of documents)
      expect({ path: document.path, bozo: feed(document.path).bozo }).toEqual({ path: document.path, bozo: 0 });
    expect(merged(documents)).toEqual(urls(range(1, 120)));
    // The archive pages share no article; only the subscription feed repeats the 30 newest of page 2.
    const [current, ...pages] = documents;
    expect(merged(pages)).toHaveLength(pages.flatMap((page) => page.ids).length);
    expect(current?.ids.filter((id) => pages.some((page) => page.ids.includes(id)))).toEqual(urls(range(71, 100)));
  });

  it('sees every article of every topic the same way, and an archive-less topic feed says it is complete', () => {
    for (const topic of site120.topics) {
      for (const name of ['feed.xml', 'atom.xml']) {
        const documents = follow(`topics/${topic.slug}/${name}`, prevArchive, entryIds);
        expect(merged(documents)).toEqual(topicArticles(site120, topic.slug));
        const complete = feed(`topics/${topic.slug}/${name}`).feed.history.includes('complete');
        expect({ topic: topic.slug, complete }).toEqual({ topic: topic.slug, complete: documents.length === 1 });
      }
    }
    expect(topicArticles(site120, 'long-term-outcomes')).toEqual([]);
  });

  it('reads fh:archive, a self link and a current link on every page, and no fh mark on a feed with archives', () => {
    for (const [path, document] of Object.entries(parsed)) {
      const isArchive = path.includes('feed-archive/');
      const subscription = path.replace(/feed-archive\/\d+\//, '');
      expect({ path, history: document.feed.history }).toEqual({
        path,
        history: isArchive ? ['archive'] : link(path, 'prev-archive') ? [] : ['complete'],
      });
      expect(link(path, 'self')).toBe(`${base}${path}`);
      expect(link(path, 'current')).toBe(`${base}${subscription}`);
      if (path.endsWith('atom.xml')) expect(document.feed.id).toBe(`${base}${subscription}`);
    }
  });

  it('can walk forward too, by next-archive, from the oldest page to the page that will come next', () => {
    const nextArchive = (path: string) => {
      const href = link(path, 'next-archive');
      return href === undefined || !(href.slice(base.length) in parsed) ? undefined : fileOf(href);
    };
    const documents = follow('feed-archive/1/atom.xml', nextArchive, entryIds);
    expect(documents.map((document) => document.path)).toEqual(['feed-archive/1/atom.xml', 'feed-archive/2/atom.xml']);
    // Page 2 names page 3 already, so it need not change when page 3 is complete; until then there is no such file.
    expect(link('feed-archive/2/atom.xml', 'next-archive')).toBe(`${base}feed-archive/3/atom.xml`);
    expect(byPath(files120).has('feed-archive/3/atom.xml')).toBe(false);
    expect(merged(documents)).toEqual([...urls(range(1, 50)), ...urls(range(51, 100))]);
  });

  it('tells topics from tags on every page: a topic with the topics page as its scheme, a tag with none', () => {
    const topics = `${base}topics/`;
    const entry = feed('feed-archive/1/atom.xml').entries.find((item) => item.id === articleUrl(5));
    expect({ tags: entry?.tags, labels: entry?.tag_labels, schemes: entry?.tag_schemes }).toEqual({
      tags: ['ptsd', 'depression', 'week-5', 'ptsd'],
      labels: ['PTSD and trauma', 'Treatment-resistant depression', null, null],
      schemes: [topics, topics, null, null],
    });
    const item = feed('feed-archive/1/feed.xml').entries.find((value) => value.id === articleUrl(5));
    expect({ tags: item?.tags, schemes: item?.tag_schemes }).toEqual({
      tags: ['PTSD and trauma', 'Treatment-resistant depression', 'week-5', 'ptsd'],
      schemes: [topics, topics, null, null],
    });
    // RSS items carry their last change too (atom:updated), which feedparser reads.
    expect(item?.updated).toBe('2023-01-05T00:00:00Z');
  });
});

describe('a JSON Feed reader following next_url', () => {
  const files = byPath(files120);
  const json = (path: string) => JSON.parse(files.get(path) ?? 'null');
  const nextUrl = (path: string) => {
    const next = json(path).next_url;
    return next === undefined ? undefined : fileOf(next);
  };
  const itemIds = (path: string) => json(path).items.map((item: { id: string }) => item.id);

  it('sees all 120 articles from feed.json, each exactly once when merged by id, in valid JSON Feed 1.1', () => {
    const documents = follow('feed.json', nextUrl, itemIds);
    expect(documents.map((document) => document.path)).toEqual(['feed.json', 'feed-archive/2/feed.json', 'feed-archive/1/feed.json']);
    expect(merged(documents)).toEqual(urls(range(1, 120)));
    for (const document of documents) {
      expect({ path: document.path, problems: checkJsonFeed(json(document.path)) }).toEqual({ path: document.path, problems: [] });
      expect(json(document.path).feed_url).toBe(`${base}feed.json`);
    }
  });

  it('sees every article of every topic the same way', () => {
    for (const topic of site120.topics) {
      expect(merged(follow(`topics/${topic.slug}/feed.json`, nextUrl, itemIds))).toEqual(topicArticles(site120, topic.slug));
    }
  });
});

describe('archive pages never change once complete', () => {
  const pages = (files: SiteFile[]) => files.filter((file) => file.path.includes('feed-archive/'));

  it('are byte for byte the same after a 121st article is published, while the subscription feeds take it in', () => {
    const files121 = buildFeeds(generatedContent(121));
    expect(pages(files121)).toEqual(pages(files120));
    const before = byPath(files120);
    for (const path of ['feed.xml', 'atom.xml', 'feed.json', 'topics/ptsd/feed.json', 'topics/depression/atom.xml']) {
      expect({ path, changed: byPath(files121).get(path) !== before.get(path) }).toEqual({ path, changed: true });
    }
    expect(byPath(files121).get('feed.json')).toContain(articleUrl(121));
  });

  it('stay the same when the next page fills, which the last page’s next-archive link already named', () => {
    const files150 = buildFeeds(generatedContent(150));
    const after = byPath(files150);
    for (const file of pages(files120))
      expect({ path: file.path, same: after.get(file.path) === file.contents }).toEqual({ path: file.path, same: true });
    expect(pages(files150).map((file) => file.path)).toContain('feed-archive/3/feed.xml');
    expect(after.get('feed.xml')).toContain(`<atom:link href="${base}feed-archive/3/feed.xml" rel="prev-archive"`);
    expect(JSON.parse(after.get('feed.json') ?? '{}').next_url).toBe(`${base}feed-archive/3/feed.json`);
  });
});

describe('a publisher that keeps archive pages between builds', () => {
  it('is asked about each page with its files and articles, and gets none of the pages it keeps', () => {
    const asked: ArchivePage[] = [];
    const files = buildFeeds(site120, {
      keepPage: (page) => {
        asked.push(page);
        return page.files[0] === 'feed-archive/1/feed.xml' || page.files[0] === 'topics/depression/feed.xml';
      },
    });
    expect(asked.map((page) => page.files[0])).toEqual([
      'feed.xml',
      'feed-archive/1/feed.xml',
      'feed-archive/2/feed.xml',
      ...site120.topics.flatMap((topic) => [
        `topics/${topic.slug}/feed.xml`,
        ...(topic.slug === 'ptsd' || topic.slug === 'depression' ? [`topics/${topic.slug}/feed-archive/1/feed.xml`] : []),
      ]),
    ]);
    // A subscription feed holds the newest articles and points back to the archive pages: both are its inputs.
    expect(asked.find((page) => page.files[0] === 'feed.xml')).toEqual({
      files: ['feed.xml', 'atom.xml', 'feed.json'],
      slugs: range(71, 120).reverse().map(generatedSlug),
      also: '2 archive pages',
    });
    expect(asked[1]).toEqual({
      files: ['feed-archive/1/feed.xml', 'feed-archive/1/atom.xml', 'feed-archive/1/feed.json'],
      slugs: range(1, 50).reverse().map(generatedSlug),
    });
    expect(files).toEqual(
      files120.filter(
        (file) => !file.path.startsWith('feed-archive/1/') && !/^topics\/depression\/feed\.|^topics\/depression\/atom\./.test(file.path),
      ),
    );
  });
});

describe('every document of the 120-article site', () => {
  it('is well-formed XML 1.0 with namespaces, or valid JSON Feed 1.1', () => {
    expect(files120).toHaveLength(27);
    for (const file of files120) {
      if (file.path.endsWith('.json')) {
        expect({ path: file.path, problems: checkJsonFeed(JSON.parse(file.contents)) }).toEqual({ path: file.path, problems: [] });
      } else {
        expect({ path: file.path, errors: parseXml(file.contents).errors }).toEqual({ path: file.path, errors: [] });
      }
    }
  });
});
