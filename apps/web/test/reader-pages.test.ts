import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleMeta } from '@kap/content-compiler/types';
import type { Element } from 'hast';
import { describe, expect, it } from 'vitest';
import { buildArticlePage, buildWeb, relatedArticles } from '../src/index.js';
import { fixtureContent, fixtureSite, parsePage, textOf } from './helpers.js';

const site = fixtureSite();
const content = fixtureContent();
const files = buildWeb(content);
const htmlPaths = [...site.keys()].filter((path) => path.endsWith('.html'));
const page = (path: string) => parsePage(site.get(path));
const attr = (node: Element, name: string) => node.properties[name];
const jsonLd = (path: string, type: string) =>
  page(path)
    .all('script[type="application/ld+json"]')
    .map((script) => JSON.parse(textOf(script)))
    .find((data) => data['@type'] === type);

describe('the header', () => {
  it('sits in its own container, wider than the text, with the site title and the menu', () => {
    for (const path of htmlPaths) {
      const header = page(path);
      expect(header.all('body > header > .wrap-wide > .site-title a[href="/"]').length, path).toBe(1);
      expect(header.all('body > header > .wrap-wide > nav[aria-label="Site"]').length, path).toBe(1);
    }
    expect(readFileSync(join(import.meta.dirname, '..', 'src', 'assets', 'styles.css'), 'utf8')).toMatch(
      /\.wrap-wide \{\n {2}max-width: (\d+)rem;/,
    );
  });

  it('marks the current page, or on article and topic pages the Topics section, in the menu', () => {
    const current = (path: string) =>
      page(path)
        .all('nav[aria-label="Site"] a[aria-current]')
        .map((link) => [textOf(link), attr(link, 'ariaCurrent')]);
    expect(current('articles/living-with-ptsd/index.html')).toEqual([['Topics', 'true']]);
    expect(current('topics/ptsd/index.html')).toEqual([['Topics', 'true']]);
    expect(current('topics/index.html')).toEqual([['Topics', 'page']]);
    expect(current('subscribe/index.html')).toEqual([['Subscribe', 'page']]);
    expect(current('about/index.html')).toEqual([['About', 'page']]);
    expect(current('index.html')).toEqual([]);
    expect(page('index.html').text('nav[aria-label="Site"] a')).toEqual(['Topics', 'About', 'Subscribe', 'Plain text']);
  });

  it('names the icon and the browser colours of light and dark mode in every head', () => {
    for (const path of htmlPaths) {
      const head = page(path);
      expect(
        head.all('link[rel~="icon"]').map((link) => [attr(link, 'href'), attr(link, 'type')]),
        path,
      ).toEqual([['/favicon.svg', 'image/svg+xml']]);
      expect(
        head.all('meta[name="theme-color"]').map((meta) => [attr(meta, 'media'), attr(meta, 'content')]),
        path,
      ).toEqual([
        ['(prefers-color-scheme: light)', '#f1eee7'],
        ['(prefers-color-scheme: dark)', '#1d2328'],
      ]);
    }
  });

  it('publishes the icon as favicon.svg and as the favicon.ico browsers ask for', () => {
    const svg = files.find((file) => file.path === 'favicon.svg');
    expect(svg?.contents).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    const ico = files.find((file) => file.path === 'favicon.ico');
    expect(ico?.encoding).toBe('base64');
    const bytes = Buffer.from(ico?.contents ?? '', 'base64');
    // An ICO header (reserved 0, type 1) with three images, the first a PNG of 16 pixels.
    expect([...bytes.subarray(0, 6)]).toEqual([0, 0, 1, 0, 3, 0]);
    expect(bytes[6]).toBe(16);
    const first = bytes.readUInt32LE(18);
    expect(bytes.subarray(first, first + 4).toString('latin1')).toBe('\x89PNG');
  });
});

describe('the breadcrumbs', () => {
  const crumbs = (path: string) =>
    page(path)
      .all('body > nav[aria-label="Breadcrumb"] li a')
      .map((link) => [textOf(link), attr(link, 'href')]);

  it('lead from the home page to the page above, before main, on every page but the home and 404 pages', () => {
    expect(crumbs('articles/living-with-ptsd/index.html')).toEqual([
      ['Home', '/'],
      ['Topics', '/topics/'],
      ['PTSD and trauma', '/topics/ptsd/'],
    ]);
    expect(crumbs('topics/ptsd/index.html')).toEqual([
      ['Home', '/'],
      ['Topics', '/topics/'],
    ]);
    for (const path of ['topics/index.html', 'about/index.html', 'help/index.html', 'subscribe/index.html']) {
      expect(crumbs(path), path).toEqual([['Home', '/']]);
    }
    expect(page('index.html').all('nav[aria-label="Breadcrumb"]')).toEqual([]);
    expect(page('404.html').all('nav[aria-label="Breadcrumb"]')).toEqual([]);
    // Before main: the skip link passes over them.
    expect(page('topics/ptsd/index.html').all('nav[aria-label="Breadcrumb"] + main').length).toBe(1);
  });

  it('are described as a schema.org BreadcrumbList ending with the page itself, with absolute URLs', () => {
    expect(jsonLd('articles/living-with-ptsd/index.html', 'BreadcrumbList')).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://fixture.example/' },
        { '@type': 'ListItem', position: 2, name: 'Topics', item: 'https://fixture.example/topics/' },
        { '@type': 'ListItem', position: 3, name: 'PTSD and trauma', item: 'https://fixture.example/topics/ptsd/' },
        {
          '@type': 'ListItem',
          position: 4,
          name: 'Living with post-traumatic stress disorder',
          item: 'https://fixture.example/articles/living-with-ptsd/',
        },
      ],
    });
    expect(jsonLd('index.html', 'BreadcrumbList')).toBeUndefined();
  });
});

describe('related articles', () => {
  const meta = (slug: string, topics: string[], published: string): ArticleMeta =>
    ({ ...content.articles[0], slug, title: `Title of ${slug}`, description: `About ${slug}.`, topics, published }) as ArticleMeta;
  const subject = meta('subject', ['ptsd', 'integration'], '2025-06-01');
  const others = [
    meta('one-topic-far', ['ptsd'], '2020-01-01'),
    meta('two-topics-old', ['ptsd', 'integration'], '2019-01-01'),
    meta('one-topic-near', ['integration'], '2025-05-20'),
    meta('one-topic-near-too', ['ptsd'], '2025-05-20'),
    meta('no-topic-shared', ['depression'], '2025-06-01'),
  ];

  it('are those sharing the most topics, then those published closest in time, then by slug, three at most', () => {
    expect(relatedArticles([subject, ...others], subject).map((article) => article.slug)).toEqual([
      'two-topics-old',
      'one-topic-near',
      'one-topic-near-too',
    ]);
    expect(relatedArticles([...others].reverse(), subject)).toEqual(relatedArticles(others, subject));
    expect(relatedArticles([subject, meta('no-topic-shared', ['depression'], '2025-06-01')], subject)).toEqual([]);
  });

  it('are the same as a look at every article would give, for many articles on shared dates', () => {
    // Deterministic pseudo-random articles: many share a day, a topic set, or both.
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const topicNames = ['ptsd', 'integration', 'depression', 'long-term-outcomes'];
    const many = Array.from({ length: 300 }, (_, index) =>
      meta(
        `a-${String(index).padStart(3, '0')}`,
        topicNames.filter(() => next(2) === 0),
        `2025-0${1 + next(9)}-1${next(10)}`,
      ),
    );
    const reference = (article: ArticleMeta) =>
      many
        .filter((other) => other.slug !== article.slug)
        .map((other) => ({
          other,
          shared: other.topics.filter((topic) => article.topics.includes(topic)).length,
          distance: Math.abs(Date.parse(other.published) - Date.parse(article.published)),
        }))
        .filter(({ shared }) => shared > 0)
        .sort(
          (a, b) =>
            b.shared - a.shared ||
            a.distance - b.distance ||
            (a.other.published < b.other.published ? 1 : a.other.published > b.other.published ? -1 : 0) ||
            (a.other.slug < b.other.slug ? -1 : 1),
        )
        .slice(0, 3)
        .map(({ other }) => other.slug);
    for (const article of many) expect(relatedArticles(many, article).map(({ slug }) => slug)).toEqual(reference(article));
  });

  it('are listed after the article, each with its link and summary, and not at all when there are none', () => {
    const [ptsd] = content.articles as [ArticleMeta];
    const withMore = { ...content, articles: [...content.articles, meta('sleep-after-trauma', ['ptsd'], '2025-04-01')] };
    const built = parsePage(buildArticlePage(withMore, ptsd).contents);
    expect(built.all('main > article + nav.related').length).toBe(1);
    expect(built.text('nav.related h2')).toEqual(['Related articles']);
    expect(built.all('nav.related li').map((item) => [attr(item.children[0] as Element, 'href'), textOf(item)])).toEqual([
      ['/articles/sleep-after-trauma/', 'Title of sleep-after-traumaAbout sleep-after-trauma.'],
    ]);
    expect(page('articles/living-with-ptsd/index.html').all('nav.related')).toEqual([]);
  });
});

describe('the subscribe page', () => {
  const subscribe = page('subscribe/index.html');

  it('says in plain words what a feed is and how to follow one', () => {
    expect(subscribe.text('main h1')).toEqual(['Subscribe to new articles']);
    expect(subscribe.text('main h2')).toEqual(['What a feed is', 'How to subscribe', 'Addresses to copy']);
    const words = subscribe.text('main').join(' ');
    expect(words).toContain('A feed is a list of the newest articles of a site');
    expect(words).toContain('feed reader app');
    expect(subscribe.text('ol.steps li')[1]).toMatch(/^Copy one of the addresses below/);
  });

  it('gives every feed of the site and of each topic in the three formats, labelled, with its whole address as text', () => {
    const groups = subscribe.all('section.feed-group');
    expect(groups.map((group) => [attr(group, 'ariaLabelledBy'), textOf(group.children[0] as Element)])).toEqual([
      [['feeds-all-articles'], 'All articles'],
      ...content.topics.map((topic) => [[`feeds-topic-${topic.slug}`], topic.title]),
    ]);
    const rows = subscribe
      .all('#feeds-all-articles ~ dl div')
      .map((row) => [textOf(row.children[0] as Element), textOf(row.children[1] as Element)]);
    expect(rows).toEqual([
      ['RSS', 'https://fixture.example/feed.xml'],
      ['Atom', 'https://fixture.example/atom.xml'],
      ['JSON Feed', 'https://fixture.example/feed.json'],
    ]);
    expect(subscribe.all('#feeds-topic-ptsd ~ dl a').map((link) => [attr(link, 'href'), textOf(link)])).toEqual([
      ['/topics/ptsd/feed.xml', 'https://fixture.example/topics/ptsd/feed.xml'],
      ['/topics/ptsd/atom.xml', 'https://fixture.example/topics/ptsd/atom.xml'],
      ['/topics/ptsd/feed.json', 'https://fixture.example/topics/ptsd/feed.json'],
    ]);
  });

  it('is where the menu and every footer send readers, and the feeds stay in every head for autodiscovery', () => {
    for (const path of htmlPaths) {
      const any = page(path);
      expect(any.all('nav[aria-label="Site"] a[href="/subscribe/"]').map(textOf), path).toEqual(['Subscribe']);
      expect(any.all('footer a[href="/subscribe/"]').map(textOf), path).toEqual(['Subscribe in a feed reader']);
      // Outside the words of content pages, which editors write, only the subscribe page links to a feed.
      const links = any.all('a[href$=".xml"], a[href$=".json"]').filter((link) => !any.all('.article-body a').includes(link));
      expect(links.length, path).toBe(path === 'subscribe/index.html' ? 15 : 0);
      expect(any.all('link[rel~="alternate"][href="/feed.xml"]').length, path).toBe(1);
    }
  });
});

describe('the printed page', () => {
  const css = site.get('styles.css') ?? '';

  it('prints the page address, once, from a line hidden on screen', () => {
    for (const path of htmlPaths) {
      const printed = page(path);
      const canonical = attr(printed.one('link[rel~="canonical"]'), 'href');
      expect(printed.text('header .print-only .page-url'), path).toEqual([canonical]);
    }
    expect(css).toMatch(/\n\.print-only \{\n {2}display: none;\n\}/);
    expect(css).toMatch(/@media print \{[\s\S]*\n {2}\.print-only \{\n {4}display: block;/);
  });

  it('prints links inside the site with the site address before their path, and links elsewhere with theirs', () => {
    expect(css.startsWith(':root {\n  --site-url: "https://fixture.example";\n}\n')).toBe(true);
    const print = css.slice(css.indexOf('@media print'));
    expect(print).toContain(
      'main a[href^="/"]:not(.url)::after,\n  .crisis-link a::after {\n    content: " (" var(--site-url) attr(href) ")";',
    );
    expect(print).toContain('main a[href^="http"]:not(.url)::after {\n    content: " (" attr(href) ")";');
  });

  it('is the stylesheet of src/assets/styles.css after the site address', () => {
    const source = readFileSync(join(import.meta.dirname, '..', 'src', 'assets', 'styles.css'), 'utf8');
    expect(css).toBe(`:root {\n  --site-url: "https://fixture.example";\n}\n\n${source}`);
  });
});
