import { absoluteUrl, sitePaths } from '@kap/content';
import type { Content } from '@kap/content-compiler/types';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFeeds, type SiteFile, toFeedModel } from '../src/index.js';
import { expectedItemText, hostileContent, htmlUrls, type ParsedFeed, parseXml, readWithFeedparser, squash } from './helpers.js';

const content = hostileContent();
const site = content.site;
const hostileTitle = `Café talk: Tom & Jerry's "<b>bold</b>" claims > ]]> facts`;
const hostileSummary = `A summary with & < > "double" and 'single' quotes, and ]]> in the middle: café.`;
const articleUrl = absoluteUrl(site, sitePaths.article('cafe-and-hostile-text'));
// The hostile article is in the ptsd and integration topics; the other topic feeds are empty.
const holdsHostile = (path: string) => !path.startsWith('topics/') || /^topics\/(ptsd|integration)\//.test(path);

// Every character XML 1.0 forbids that a string can hold, one of each kind.
// The surrogates are in the wrong order on purpose: each half stands alone.
const poison = '\u000b\u0000\u0008\u000c\u001f\ufffe\uffff\udfff\ud800';
// biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for exactly these
const forbidden = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/u;

/** The fixture with poison in every kind of string: titles, summaries, names, tags, notices, body text, alt text. */
function poisoned(base: Content): Content {
  return {
    ...base,
    site: { ...base.site, title: `${base.site.title}${poison}`, author: `The clinical${poison} editorial team` },
    topics: base.topics.map((topic) => ({ ...topic, title: `${topic.title}${poison}`, description: `${poison}${topic.description}` })),
    notices: {
      ...base.notices,
      crisis: { ...base.notices.crisis, title: `${base.notices.crisis.title}${poison}` },
    },
    articles: base.articles.map((article) => ({
      ...article,
      title: `${article.title.slice(0, 4)}${poison}${article.title.slice(4)}`,
      description: `${article.description}${poison}`,
      tags: article.tags.map((tag) => `${tag}${poison}`),
    })),
    getBody(slug) {
      const body = structuredClone(base.getBody(slug)) as Root;
      visit(body, (node) => {
        if (node.type === 'text') node.value = `${poison}${node.value}${poison}`;
        if (node.type === 'image') node.alt = `${poison}${node.alt ?? ''}`;
      });
      return body;
    },
  };
}

function jsonStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(jsonStrings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(jsonStrings);
  return [];
}

function expectSafeFiles(files: SiteFile[]): void {
  for (const file of files) {
    expect(file.contents).not.toMatch(forbidden);
    if (file.path.endsWith('.json')) {
      // JSON may carry a forbidden character as an escape such as \u000b: look at the values.
      for (const value of jsonStrings(JSON.parse(file.contents))) expect(value).not.toMatch(forbidden);
      continue;
    }
    expect({ path: file.path, errors: parseXml(file.contents).errors }).toEqual({ path: file.path, errors: [] });
    expect(file.contents).not.toContain(']]>');
  }
}

describe('the hostile fixture (& < > quotes, ]]>, a relative image, a #fragment link, non-ASCII)', () => {
  const files = buildFeeds(content);
  let parsed: Record<string, ParsedFeed> = {};
  beforeAll(() => {
    parsed = readWithFeedparser(
      Object.fromEntries(files.filter((file) => file.path.endsWith('.xml')).map((file) => [file.path, file.contents])),
    );
  }, 60_000);

  it('compiles to the article the test expects', () => {
    expect(content.articles.map((article) => [article.slug, article.title, article.needsCrisisNotice])).toEqual([
      ['cafe-and-hostile-text', hostileTitle, true],
      ['a-plain-second-article', 'A plain second article', false],
    ]);
  });

  it('gives XML a strict parser accepts, with ]]> never raw and no forbidden character, in every format', () => {
    expect(files).toHaveLength(15);
    expectSafeFiles(files);
  });

  it('escapes the title and summary in XML text so the parser gets them back exactly', () => {
    for (const file of files.filter((entry) => entry.path.endsWith('.xml'))) {
      const texts = parseXml(file.contents).texts.map((entry) => entry.text);
      if (!holdsHostile(file.path)) continue;
      expect(texts).toContain(hostileTitle);
      expect(texts).toContain(hostileSummary);
    }
    expect(files.find((file) => file.path === 'feed.xml')?.contents).toContain(
      '<title>Café talk: Tom &amp; Jerry\'s "&lt;b&gt;bold&lt;/b&gt;" claims &gt; ]]&gt; facts</title>',
    );
  });

  it('is read by feedparser with bozo = 0 and the exact title, summary, link and dates', () => {
    expect(Object.keys(parsed)).toHaveLength(10);
    for (const [path, feed] of Object.entries(parsed)) {
      expect({ path, bozo: feed.bozo, exception: feed.bozo_exception }).toEqual({ path, bozo: 0, exception: null });
      const entry = feed.entries.find((item) => item.id === articleUrl);
      if (!holdsHostile(path)) {
        expect(entry).toBeUndefined();
        continue;
      }
      expect(entry).toMatchObject({ title: hostileTitle, summary: hostileSummary, link: articleUrl });
      // Atom says type="text", so the title is plain text. RSS cannot say; feedparser guesses
      // HTML from the <b> in the words, yet still returns the exact characters.
      expect(entry?.title_type).toBe(path.endsWith('atom.xml') ? 'text/plain' : 'text/html');
      expect(entry?.published).toBe('2026-03-04T00:00:00Z');
      const article = content.articles[0];
      if (!article) throw new Error('missing article');
      expect(squash(entry?.content[0]?.text ?? '')).toBe(squash(expectedItemText(content, article)));
    }
  });

  it('resolves the image path, the #fragment link and the root-relative link against the article’s URL', () => {
    const html = toFeedModel(content).items[0]?.contentHtml ?? '';
    expect(htmlUrls(html)).toEqual([
      'https://findahelpline.com/',
      'https://understanding-kap.example/images/room.jpg',
      'https://understanding-kap.example/articles/cafe-and-hostile-text/#staying-safe',
      'https://understanding-kap.example/articles/a-plain-second-article/',
      'https://findahelpline.com/',
    ]);
    const json = JSON.parse(files.find((file) => file.path === 'feed.json')?.contents ?? '{}');
    expect(json.items[0].content_html).toBe(html);
    for (const feed of Object.values(parsed)) {
      for (const entry of feed.entries) {
        for (const url of htmlUrls(entry.content[0]?.value ?? '')) expect(url).toMatch(/^https:\/\//);
      }
    }
  });

  it('keeps every address in the feeds absolute, not only those in the content', () => {
    for (const file of files.filter((entry) => entry.path.endsWith('.xml'))) {
      const report = parseXml(file.contents);
      const linkish = report.texts.filter((entry) => /}(link|guid|id)$/.test(entry.element)).map((entry) => entry.text);
      const hrefs = report.elements.flatMap((element) => (element.attributes.href ? [element.attributes.href] : []));
      expect(linkish.length + hrefs.length).toBeGreaterThanOrEqual(2);
      for (const url of [...linkish, ...hrefs]) expect(url).toMatch(/^https:\/\/understanding-kap\.example\//);
    }
  });

  it('carries the same title and summary in JSON Feed', () => {
    const json = JSON.parse(files.find((file) => file.path === 'feed.json')?.contents ?? '{}');
    expect(json.items[0]).toMatchObject({ id: articleUrl, url: articleUrl, title: hostileTitle, summary: hostileSummary });
  });
});

describe('strings holding characters XML 1.0 forbids (U+000B and the rest)', () => {
  const base = hostileContent();
  const dirty = poisoned(base);
  const files = buildFeeds(dirty);

  it('really does hand the builder poisoned strings', () => {
    expect(dirty.articles[0]?.title).toContain('\u000b');
    const texts: string[] = [];
    visit(dirty.getBody('cafe-and-hostile-text') as Root, 'text', (node) => void texts.push(node.value));
    expect(texts.every((text) => text.includes('\u000b'))).toBe(true);
  });

  it('strips them from every string of every format, leaving XML a strict parser accepts', () => {
    expect(files).toHaveLength(15);
    expectSafeFiles(files);
  });

  it('leaves exactly the clean words behind, as feedparser reads them with bozo = 0', () => {
    const parsed = readWithFeedparser(
      Object.fromEntries(files.filter((file) => file.path.endsWith('.xml')).map((file) => [file.path, file.contents])),
    );
    const article = base.articles[0];
    if (!article) throw new Error('missing article');
    for (const [path, feed] of Object.entries(parsed)) {
      expect({ path, bozo: feed.bozo, exception: feed.bozo_exception }).toEqual({ path, bozo: 0, exception: null });
      if (path.includes('topics/')) continue;
      expect(feed.feed.title).toBe(base.site.title);
      const entry = feed.entries.find((item) => item.id === articleUrl);
      expect(entry).toMatchObject({ title: hostileTitle, summary: hostileSummary, author: base.site.author });
      expect(squash(entry?.content[0]?.text ?? '')).toBe(squash(expectedItemText(base, article)));
    }
    const json = JSON.parse(files.find((file) => file.path === 'feed.json')?.contents ?? '{}');
    expect(json.items[0]).toMatchObject({
      title: hostileTitle,
      summary: hostileSummary,
      tags: ['PTSD and trauma', 'Integration and therapy', 'ketamine', 'hostile'],
    });
    expect(json.authors).toEqual([{ name: base.site.author }]);
  }, 60_000);

  it('strips them from the image’s alt text too', () => {
    const html = toFeedModel(dirty).items[0]?.contentHtml ?? '';
    expect(html).toContain('alt="A quiet room with two chairs"');
  });
});
