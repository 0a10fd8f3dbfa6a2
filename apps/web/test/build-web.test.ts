import { toHast } from '@kap/render';
import type { Element } from 'hast';
import { describe, expect, it } from 'vitest';
import { dateInWords } from '../src/lib/format-date.js';
import { fixtureContent, fixtureSite, parsePage, textOf } from './helpers.js';

const site = fixtureSite();
const content = fixtureContent();
const htmlPaths = [...site.keys()].filter((path) => path.endsWith('.html'));
const article = (slug: string) => parsePage(site.get(`articles/${slug}/index.html`));
const attr = (node: Element, name: string) => node.properties[name];

describe('buildWeb', () => {
  it('builds every page, the sitemap, robots.txt and the stylesheet, and nothing else', () => {
    expect([...site.keys()]).toEqual([
      'index.html',
      'articles/living-with-ptsd/index.html',
      'articles/a-short-note/index.html',
      'topics/index.html',
      'topics/ptsd/index.html',
      'topics/depression/index.html',
      'topics/long-term-outcomes/index.html',
      'topics/integration/index.html',
      'about/index.html',
      'help/index.html',
      '404.html',
      'sitemap.xml',
      'robots.txt',
      'styles.css',
    ]);
  });

  it('gives every page the language, a title, a skip link first, the landmarks and the crisis link first in the footer', () => {
    for (const path of htmlPaths) {
      const page = parsePage(site.get(path));
      expect(attr(page.one('html'), 'lang'), path).toBe('en-GB');
      expect(page.text('title')[0], path).toMatch(/Fixture Site$/);
      const firstFocusable = page.one('body a[href], body button, body input, body [tabindex]:not([tabindex="-1"])');
      expect(attr(firstFocusable, 'href'), path).toBe('#main');
      expect(textOf(firstFocusable)).toBe('Skip to main content');
      expect(page.all('body > header').length, path).toBe(1);
      expect(page.all('body > header nav[aria-label="Site"]').length, path).toBe(1);
      expect(page.all('main').length, path).toBe(1);
      expect(attr(page.one('main'), 'id'), path).toBe('main');
      expect(attr(page.one('main'), 'tabIndex'), path).toBe(-1);
      expect(page.all('body > footer').length, path).toBe(1);
      const crisisLink = page.one('footer a');
      expect([attr(crisisLink, 'href'), textOf(crisisLink)], path).toEqual(['/help/', 'If you are in crisis, find help now']);
    }
  });

  it('gives every page exactly one h1, and it is the first heading in main', () => {
    for (const path of htmlPaths) {
      const page = parsePage(site.get(path));
      expect(page.all('h1').length, path).toBe(1);
      expect(page.one('main :is(h1, h2, h3, h4, h5, h6)').tagName, path).toBe('h1');
    }
  });

  it('runs no JavaScript: the only script on any page is JSON-LD data, and no element has an event handler', () => {
    for (const path of htmlPaths) {
      const page = parsePage(site.get(path));
      for (const script of page.all('script')) expect(attr(script, 'type'), path).toBe('application/ld+json');
      for (const node of page.all('*')) {
        expect(
          Object.keys(node.properties).filter((name) => /^on/i.test(name)),
          path,
        ).toEqual([]);
      }
    }
  });

  it('keeps internal links root-relative and offers the site feeds for autodiscovery on every page', () => {
    for (const path of htmlPaths) {
      const page = parsePage(site.get(path));
      for (const link of page.all('a[href]')) {
        expect(String(attr(link, 'href')), path).toMatch(/^(?:\/|#|https:\/\/)/);
        expect(String(attr(link, 'href')), path).not.toMatch(/^https:\/\/fixture\.example/);
      }
      const feeds = page.all('link[rel~="alternate"]').slice(0, 3);
      expect(
        feeds.map((link) => [attr(link, 'type'), attr(link, 'href'), attr(link, 'title')]),
        path,
      ).toEqual([
        ['application/rss+xml', '/feed.xml', 'Fixture Site (RSS)'],
        ['application/atom+xml', '/atom.xml', 'Fixture Site (Atom)'],
        ['application/feed+json', '/feed.json', 'Fixture Site (JSON Feed)'],
      ]);
    }
  });
});

describe('the article page', () => {
  it('starts main with the title as the one h1, then the summary', () => {
    const page = article('living-with-ptsd');
    expect(page.text('main h1')).toEqual(['Living with post-traumatic stress disorder']);
    expect(page.text('main .summary')[0]).toBe(
      'A fixture article with three sections, a subsection and a mention of suicide. Its summary ends with </script><!-- to test escaping.',
    );
    expect(page.text('title')).toEqual(['Living with post-traumatic stress disorder - Fixture Site']);
  });

  it('shows the published, updated and reviewed dates in time elements, in words, and the reading time', () => {
    const page = article('living-with-ptsd');
    expect(page.all('.article-facts time').map((time) => [attr(time, 'dateTime'), textOf(time)])).toEqual([
      ['2025-03-12', '12 March 2025'],
      ['2026-01-05', '5 January 2026'],
      ['2026-06-30', '30 June 2026'],
    ]);
    expect(page.text('.article-facts dt')).toEqual(['Published', 'Updated', 'Reviewed by a clinician', 'Reading time']);
    expect(page.text('.article-facts dd').at(-1)).toBe('About 1 minute');
  });

  it('leaves out the updated date when the article was never updated', () => {
    expect(article('a-short-note').text('.article-facts dt')).toEqual(['Published', 'Reviewed by a clinician', 'Reading time']);
  });

  it('has a table of contents with nested subsections when there are three or more sections', () => {
    const page = article('living-with-ptsd');
    const toc = page.one('main nav.toc');
    expect(attr(toc, 'ariaLabelledBy')).toEqual(['toc-title']);
    expect(page.text('#toc-title')).toEqual(['In this article']);
    expect(page.all('nav.toc > ol > li').length).toBe(3);
    expect(page.all('nav.toc a').map((link) => [attr(link, 'href'), textOf(link)])).toEqual([
      ['#what-it-feels-like', 'What it feels like'],
      ['#sleep-and-nightmares', 'Sleep and nightmares'],
      ['#how-therapy-helps', 'How therapy helps'],
      ['#where-to-learn-more', 'Where to learn more'],
    ]);
    for (const link of page.all('nav.toc a')) expect(page.all(String(attr(link, 'href'))).length).toBe(1);
  });

  it('has no table of contents when there are fewer than three sections', () => {
    expect(article('a-short-note').all('nav.toc').length).toBe(0);
  });

  it('shows the crisis notice before the contents and the body exactly when the article needs it, with the notice words', () => {
    const page = article('living-with-ptsd');
    const notices = page.all('main aside.notice-crisis');
    expect(notices.length).toBe(1);
    const notice = notices[0] as Element;
    expect(attr(notice, 'ariaLabelledBy')).toEqual(['crisis-notice']);
    expect(page.text('aside.notice-crisis > h2#crisis-notice')).toEqual([content.notices.crisis.title]);
    expect(textOf(notice)).toBe(content.notices.crisis.title + textOf(toHast(content.notices.crisis.body)));
    const order = page.all('article > *').map((node) => String(attr(node, 'className')));
    expect(order).toEqual(['article-header', 'notice,notice-crisis', 'toc', 'article-body', 'notice,notice-disclaimer', 'article-topics']);

    expect(article('a-short-note').all('.notice-crisis').length).toBe(0);
    expect(article('a-short-note').text('article > *:last-child h2')).toEqual(['Topics of this article']);
  });

  it('ends the article with the disclaimer and then links to its topics', () => {
    const page = article('living-with-ptsd');
    expect(page.text('aside.notice-disclaimer > h2')).toEqual([content.notices.disclaimer.title]);
    expect(page.all('nav.article-topics a').map((link) => [attr(link, 'href'), textOf(link)])).toEqual([
      ['/topics/ptsd/', 'PTSD and trauma'],
      ['/topics/integration/', 'Integration and therapy'],
    ]);
  });

  it('marks the first use of each abbreviation in the body with its expansion, and only the first', () => {
    const page = article('living-with-ptsd');
    expect(page.all('.article-body abbr').map((abbr) => [textOf(abbr), attr(abbr, 'title')])).toEqual([
      ['PTSD', 'post-traumatic stress disorder'],
      ['KAP', 'ketamine-assisted psychotherapy'],
    ]);
    expect(page.all('.article-body h2[id], .article-body h3[id]').map((heading) => attr(heading, 'id'))).toEqual(
      content.articles[0]?.headings.map((heading) => heading.id),
    );
  });

  it('links visibly to its plain-text edition and names it as an alternate', () => {
    const page = article('living-with-ptsd');
    expect(page.all('main a[href="/text/living-with-ptsd.txt"]').map(textOf)).toEqual(['Read this article in the plain text edition']);
    expect(page.all('link[rel~="alternate"][type="text/plain"]').map((link) => attr(link, 'href'))).toEqual(['/text/living-with-ptsd.txt']);
  });

  it('has an absolute canonical URL, a meta description and Open Graph tags', () => {
    const page = article('a-short-note');
    const meta = (selector: string) => page.all(selector).map((node) => attr(node, 'content'));
    expect(page.all('link[rel~="canonical"]').map((link) => attr(link, 'href'))).toEqual([
      'https://fixture.example/articles/a-short-note/',
    ]);
    expect(meta('meta[name="description"]')).toEqual(['A fixture article with two sections and no crisis notice.']);
    expect(
      page.all('meta[property^="og:"], meta[property^="article:"]').map((node) => [attr(node, 'property'), attr(node, 'content')]),
    ).toEqual([
      ['og:type', 'article'],
      ['og:title', 'A short note on depression'],
      ['og:description', 'A fixture article with two sections and no crisis notice.'],
      ['og:url', 'https://fixture.example/articles/a-short-note/'],
      ['og:site_name', 'Fixture Site'],
      ['article:published_time', '2024-11-02'],
      ['article:modified_time', '2024-11-02'],
    ]);
  });

  it('describes itself as a schema.org MedicalWebPage in JSON-LD', () => {
    const scripts = article('living-with-ptsd').all('script[type="application/ld+json"]');
    expect(scripts.length).toBe(1);
    const data = JSON.parse(textOf(scripts[0] as Element));
    expect(data).toEqual({
      '@context': 'https://schema.org',
      '@type': 'MedicalWebPage',
      '@id': 'https://fixture.example/articles/living-with-ptsd/',
      url: 'https://fixture.example/articles/living-with-ptsd/',
      name: 'Living with post-traumatic stress disorder',
      headline: 'Living with post-traumatic stress disorder',
      description:
        'A fixture article with three sections, a subsection and a mention of suicide. Its summary ends with </script><!-- to test escaping.',
      inLanguage: 'en-GB',
      datePublished: '2025-03-12',
      dateModified: '2026-01-05',
      lastReviewed: '2026-06-30',
      about: [
        { '@type': 'MedicalCondition', name: 'Post-traumatic stress disorder', alternateName: 'PTSD' },
        { '@type': 'Drug', name: 'Ketamine' },
      ],
      audience: { '@type': 'MedicalAudience', audienceType: 'Patient' },
      specialty: 'https://schema.org/Psychiatric',
      keywords: 'ptsd, trauma',
      author: { '@type': 'Organization', name: 'Fixture Clinical Team' },
      reviewedBy: { '@type': 'Organization', name: 'Fixture Clinical Team' },
      publisher: { '@type': 'Organization', name: 'Fixture Publisher', url: 'https://fixture.example/' },
      isPartOf: { '@type': 'WebSite', name: 'Fixture Site', url: 'https://fixture.example/' },
    });
  });

  it('escapes < in the JSON-LD so no text can close the script element', () => {
    const html = site.get('articles/living-with-ptsd/index.html') ?? '';
    const json = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)?.[1] ?? '';
    expect(json).not.toContain('<');
    expect(json).toContain('ends with \\u003c/script>\\u003c!-- to test');
  });
});

describe('the other pages', () => {
  it('lists every article on the home page, newest first, with its link, date, summary and topics', () => {
    const page = parsePage(site.get('index.html'));
    expect(page.text('main h1')).toEqual(['Fixture Site']);
    const items = page.all('ol.article-list > li');
    expect(items.length).toBe(2);
    expect(page.all('ol.article-list h3 a').map((link) => [attr(link, 'href'), textOf(link)])).toEqual([
      ['/articles/living-with-ptsd/', 'Living with post-traumatic stress disorder'],
      ['/articles/a-short-note/', 'A short note on depression'],
    ]);
    expect(page.all('ol.article-list time').map((time) => attr(time, 'dateTime'))).toEqual(['2025-03-12', '2026-01-05', '2024-11-02']);
    expect(page.text('ol.article-list .meta')).toEqual([
      'Published 12 March 2025. Updated 5 January 2026. About 1 minute to read.',
      'Published 2 November 2024. About 1 minute to read.',
    ]);
    expect(page.all('ol.article-list > li:first-child .topic-list a').map((link) => attr(link, 'href'))).toEqual([
      '/topics/ptsd/',
      '/topics/integration/',
    ]);
  });

  it('gives each topic page its articles and its own feeds, visible and for autodiscovery', () => {
    const page = parsePage(site.get('topics/ptsd/index.html'));
    expect(page.text('main h1')).toEqual(['PTSD and trauma']);
    expect(page.all('ol.article-list h3 a').map((link) => attr(link, 'href'))).toEqual(['/articles/living-with-ptsd/']);
    expect(page.all('link[rel~="alternate"]').map((link) => attr(link, 'href'))).toEqual([
      '/feed.xml',
      '/atom.xml',
      '/feed.json',
      '/topics/ptsd/feed.xml',
      '/topics/ptsd/atom.xml',
      '/topics/ptsd/feed.json',
    ]);
    expect(page.all('main a[href^="/topics/ptsd/"]:not([href="/topics/ptsd/"])').map(textOf)).toEqual([
      'RSS feed',
      'Atom feed',
      'JSON Feed',
    ]);
  });

  it('builds the about page from content/pages/about.md', () => {
    const page = parsePage(site.get('about/index.html'));
    expect(page.text('main h1')).toEqual([content.pages.find((p) => p.slug === 'about')?.title]);
    expect(page.all('main a[href="/text/index.txt"]').length).toBe(1);
  });

  it('builds the help page from the crisis notice, with its title as the h1', () => {
    const page = parsePage(site.get('help/index.html'));
    expect(page.text('main h1')).toEqual([content.notices.crisis.title]);
    expect(page.all('main a[href="https://findahelpline.com/"]').length).toBe(1);
  });

  it('keeps the 404 page out of search results and the sitemap', () => {
    const page = parsePage(site.get('404.html'));
    expect(page.all('meta[name="robots"]').map((node) => attr(node, 'content'))).toEqual(['noindex']);
    expect(site.get('sitemap.xml')).not.toContain('404');
  });

  it('lists every indexable page in the sitemap with absolute URLs and content dates', () => {
    const xml = site.get('sitemap.xml') ?? '';
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')).toBe(
      true,
    );
    expect([...xml.matchAll(/<loc>(.*?)<\/loc>(?:<lastmod>(.*?)<\/lastmod>)?/g)].map((match) => [match[1], match[2]])).toEqual([
      ['https://fixture.example/', '2026-01-05'],
      ['https://fixture.example/articles/living-with-ptsd/', '2026-01-05'],
      ['https://fixture.example/articles/a-short-note/', '2024-11-02'],
      ['https://fixture.example/topics/', undefined],
      ['https://fixture.example/topics/ptsd/', '2026-01-05'],
      ['https://fixture.example/topics/depression/', '2024-11-02'],
      ['https://fixture.example/topics/long-term-outcomes/', undefined],
      ['https://fixture.example/topics/integration/', '2026-01-05'],
      ['https://fixture.example/about/', undefined],
      ['https://fixture.example/help/', undefined],
    ]);
  });

  it('points robots.txt at the sitemap', () => {
    expect(site.get('robots.txt')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://fixture.example/sitemap.xml\n');
  });

  it('builds the same bytes from the same content', () => {
    expect(fixtureSite()).toEqual(site);
  });
});

describe('dateInWords', () => {
  it('writes a date as day, month name and year', () => {
    expect(dateInWords('2025-03-12')).toBe('12 March 2025');
    expect(dateInWords('2026-01-05')).toBe('5 January 2026');
  });

  it('refuses a string that is not a date', () => {
    expect(() => dateInWords('12 March')).toThrow('expected a date like 2025-03-12, got "12 March"');
  });
});
