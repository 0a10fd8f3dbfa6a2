import { toHast } from '@kap/render';
import type { Element } from 'hast';
import { describe, expect, it } from 'vitest';
import { buildWeb } from '../src/index.js';
import { dateInWords } from '../src/lib/format-date.js';
import { fixtureContent, fixtureSite, parsePage, textOf } from './helpers.js';

const site = fixtureSite();
const content = fixtureContent();
const htmlPaths = [...site.keys()].filter((path) => path.endsWith('.html'));
const article = (slug: string) => parsePage(site.get(`articles/${slug}/index.html`));
const attr = (node: Element, name: string) => node.properties[name];
const kewUrl =
  'https://www.cambridge.org/core/journals/bjpsych-open/article/ketamine-and-psychotherapy-for-the-treatment-of-psychiatric-disorders-systematic-review/97614770DE6BC7846763FE19801D412D';

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
      'accessibility/index.html',
      'editorial-policy/index.html',
      'help/index.html',
      'subscribe/index.html',
      '404.html',
      'sitemap.xml',
      'robots.txt',
      'styles.css',
      'favicon.svg',
      'favicon.ico',
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
      expect(
        page.all('footer nav[aria-label="Site policies"] a').map((link) => [attr(link, 'href'), textOf(link)]),
        path,
      ).toEqual([
        ['/editorial-policy/', 'Editorial policy'],
        ['/accessibility/', 'Accessibility statement'],
      ]);
    }
  });

  it('never claims a clinical review or clinical authorship that the content does not record, on any page', () => {
    const withoutReviews = fixtureContent();
    const unreviewed = { ...withoutReviews, articles: withoutReviews.articles.map(({ review: _review, ...rest }) => rest) };
    for (const build of [site, new Map(buildWeb(unreviewed).map((file) => [file.path, file.contents]))]) {
      for (const [path, html] of build) {
        // "This article has not yet been reviewed by a clinician." is the one way to speak of it without a name.
        expect(html, path).not.toMatch(/(?<!not yet been )reviewed by (?:a )?clinicians?|written by clinicians|clinically reviewed/i);
      }
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
        expect(String(attr(link, 'href')), path).toMatch(/^(?:\/|#|https:\/\/|tel:988$|sms:988$)/);
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

  it('shows the published and updated dates in time elements, in words, the reading time and the review in one paragraph', () => {
    const page = article('living-with-ptsd');
    expect(page.all('.article-facts time').map((time) => [attr(time, 'dateTime'), textOf(time)])).toEqual([
      ['2025-03-12', '12 March 2025'],
      ['2026-01-05', '5 January 2026'],
      ['2026-06-30', '30 June 2026'],
      ['2027-06-30', '30 June 2027'],
    ]);
    expect(page.text('.article-header p.article-facts')).toEqual([
      'Published 12 March 2025. Updated 5 January 2026. About 1 minute to read. Reviewed by Alex Fixture, MD, psychiatrist, on 30 June 2026. Next review due by 30 June 2027. How we write and review articles',
    ]);
  });

  it('leaves out the updated date when the article was never updated', () => {
    expect(article('a-short-note').text('.article-facts')[0]).toMatch(/^Published 2 November 2024\. About 1 minute to read\. This/);
  });

  it('names the recorded reviewer, credentials, review date and next review, with the dates in time elements', () => {
    const page = article('living-with-ptsd');
    expect(page.text('.article-header .review-status')).toEqual([
      'Reviewed by Alex Fixture, MD, psychiatrist, on 30 June 2026. Next review due by 30 June 2027. How we write and review articles',
    ]);
    expect(page.all('.review-status time').map((time) => attr(time, 'dateTime'))).toEqual(['2026-06-30', '2027-06-30']);
    expect(page.all('.review-status a').map((link) => attr(link, 'href'))).toEqual(['/editorial-policy/']);
  });

  it('says plainly that an article without a recorded review has not been reviewed by a clinician', () => {
    const page = article('a-short-note');
    expect(page.text('.article-header .review-status')).toEqual([
      'This article has not yet been reviewed by a clinician. How we write and review articles',
    ]);
    expect(page.all('.review-status time')).toEqual([]);
  });

  it('has a table of contents, folded, with nested subsections when there are three or more sections', () => {
    const page = article('living-with-ptsd');
    const toc = page.one('main nav.toc');
    expect(attr(toc, 'ariaLabel')).toBe('In this article');
    expect(page.all('nav.toc > details:not([open]) > summary').map(textOf)).toEqual(['In this article: 4 sections']);
    expect(page.all('nav.toc details > ol > li').length).toBe(4);
    expect(page.all('nav.toc a').map((link) => [attr(link, 'href'), textOf(link)])).toEqual([
      ['#what-it-feels-like', 'What it feels like'],
      ['#sleep-and-nightmares', 'Sleep and nightmares'],
      ['#how-therapy-helps', 'How therapy helps'],
      ['#where-to-learn-more', 'Where to learn more'],
      ['#sources-title', 'Sources'],
    ]);
    for (const link of page.all('nav.toc a')) expect(page.all(String(attr(link, 'href'))).length).toBe(1);
    // After the paragraphs that open the body, before its first section.
    const body = page.all('.article-body > *').map((node) => node.tagName);
    expect(body.slice(0, body.indexOf('h2') + 1)).toEqual(['p', 'nav', 'h2']);
  });

  it('has no table of contents when there are fewer than three sections', () => {
    expect(article('a-short-note').all('nav.toc').length).toBe(0);
  });

  it('shows the crisis notice, short, before the body and in full after it, exactly when the article needs it, in the notice words', () => {
    const page = article('living-with-ptsd');
    const banner = page.one('article > aside.crisis-banner');
    expect(attr(banner, 'ariaLabel')).toBe('Crisis help');
    expect(textOf(banner)).toBe(
      `${content.notices.crisis.title}. Call\u00A0988 or text\u00A0988 in the United States. Help in other countries`,
    );
    expect(page.all('aside.crisis-banner a').map((link) => [attr(link, 'href'), textOf(link)])).toEqual([
      ['tel:988', 'Call\u00A0988'],
      ['sms:988', 'text\u00A0988'],
      ['#crisis-notice', 'Help in other countries'],
    ]);
    const notices = page.all('main aside.notice-crisis');
    expect(notices.length).toBe(1);
    const notice = notices[0] as Element;
    expect(attr(notice, 'ariaLabelledBy')).toEqual(['crisis-notice']);
    expect(page.text('aside.notice-crisis > h2#crisis-notice')).toEqual([content.notices.crisis.title]);
    expect(textOf(notice)).toBe(
      `${content.notices.crisis.title}${textOf(toHast(content.notices.crisis.body))}Call\u00A0988 Text\u00A0988 in the United States, at any hour.`,
    );
    expect(page.all('aside.notice-crisis .crisis-actions a').map((link) => [attr(link, 'href'), textOf(link)])).toEqual([
      ['tel:988', 'Call\u00A0988'],
      ['sms:988', 'Text\u00A0988'],
    ]);
    const order = page.all('article > *').map((node) => String(attr(node, 'className')));
    expect(order).toEqual([
      'article-header',
      'crisis-banner',
      'article-body',
      'notice,notice-crisis',
      'sources',
      'notice,notice-disclaimer',
      'article-topics',
    ]);

    expect(article('a-short-note').all('.notice-crisis, .crisis-banner').length).toBe(0);
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
    expect(scripts.map((script) => JSON.parse(textOf(script))['@type'])).toEqual(['MedicalWebPage', 'BreadcrumbList']);
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
      author: { '@type': 'Organization', name: 'Fixture Editorial Team' },
      reviewedBy: {
        '@type': 'Person',
        name: 'Alex Fixture',
        hasCredential: { '@type': 'EducationalOccupationalCredential', name: 'MD, psychiatrist' },
      },
      publisher: { '@type': 'Organization', name: 'Fixture Publisher', url: 'https://fixture.example/' },
      isPartOf: { '@type': 'WebSite', name: 'Fixture Site', url: 'https://fixture.example/' },
      citation: [
        {
          '@type': 'ScholarlyArticle',
          name: 'A Randomized Controlled Trial of Repeated Ketamine Administration for Chronic Posttraumatic Stress Disorder',
          author: 'Feder A, et al.',
          datePublished: '2021',
          isPartOf: { '@type': 'Periodical', name: 'American Journal of Psychiatry' },
          sameAs: 'https://doi.org/10.1176/appi.ajp.2020.20050596',
          identifier: { '@type': 'PropertyValue', propertyID: 'DOI', value: '10.1176/appi.ajp.2020.20050596' },
        },
        {
          '@type': 'CreativeWork',
          name: 'Ketamine and psychotherapy for the treatment of psychiatric disorders: systematic review',
          author: 'Kew BM, Porter RJ, Douglas KM, Glue P, Mentzel CL, Beaglehole B',
          datePublished: '2023',
          publisher: { '@type': 'Organization', name: 'BJPsych Open' },
          url: kewUrl,
        },
      ],
    });
  });

  it('leaves reviewedBy, lastReviewed and citation out of the JSON-LD when no review is recorded and nothing is cited', () => {
    const data = JSON.parse(textOf(article('a-short-note').one('script[type="application/ld+json"]')));
    expect(data).not.toHaveProperty('reviewedBy');
    expect(data).not.toHaveProperty('lastReviewed');
    expect(data).not.toHaveProperty('citation');
    expect(data['@type']).toBe('MedicalWebPage');
  });

  it('renders citations as superscript links to the numbered Sources section, each named "source N"', () => {
    const page = article('living-with-ptsd');
    expect(page.all('.article-body sup.citation a').map((link) => [attr(link, 'href'), attr(link, 'ariaLabel'), textOf(link)])).toEqual([
      ['#source-1', 'source 1', '[1]'],
      ['#source-2', 'source 2', '[2]'],
      ['#source-1', 'source 1', '[1]'],
    ]);
    expect(page.text('.article-body p').find((text) => text.includes('In one trial'))).toMatch(
      / In one trial, symptoms eased for some people\[1\]\. Reviews say more research is needed\[2\]\[1\]\.$/,
    );
    const sources = page.one('article > section.sources');
    expect(attr(sources, 'ariaLabelledBy')).toEqual(['sources-title']);
    expect(page.text('section.sources > h2#sources-title')).toEqual(['Sources']);
    expect(page.all('section.sources > ol > li').map((item) => [attr(item, 'id'), textOf(item)])).toEqual([
      [
        'source-1',
        'Feder A, et al. A Randomized Controlled Trial of Repeated Ketamine Administration for Chronic Posttraumatic Stress Disorder. American Journal of Psychiatry, 2021.',
      ],
      [
        'source-2',
        'Kew BM, Porter RJ, Douglas KM, Glue P, Mentzel CL, Beaglehole B. Ketamine and psychotherapy for the treatment of psychiatric disorders: systematic review. BJPsych Open, 2023.',
      ],
    ]);
    expect(page.all('section.sources a').map((link) => attr(link, 'href'))).toEqual([
      'https://doi.org/10.1176/appi.ajp.2020.20050596',
      kewUrl,
    ]);
    expect(article('a-short-note').all('section.sources, sup.citation')).toEqual([]);
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
    // The header holds the site's title: the page's own heading says what the page is.
    expect(page.text('main h1')).toEqual(['Articles']);
    expect(page.text('header .site-title')).toEqual(['Fixture Site']);
    const items = page.all('ol.article-list > li');
    expect(items.length).toBe(2);
    expect(page.all('ol.article-list h2 a').map((link) => [attr(link, 'href'), textOf(link)])).toEqual([
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
    // The feeds themselves are raw XML and JSON: the page sends readers to the subscribe page.
    expect(page.all('main a[href^="/topics/ptsd/"]:not([href="/topics/ptsd/"])')).toEqual([]);
    expect(page.all('#topic-feeds ~ p a').map((link) => [attr(link, 'href'), textOf(link)])).toEqual([
      ['/subscribe/#feeds-topic-ptsd', 'How to subscribe to PTSD and trauma'],
    ]);
  });

  it('builds the about page from content/pages/about.md', () => {
    const page = parsePage(site.get('about/index.html'));
    expect(page.text('main h1')).toEqual([content.pages.find((p) => p.slug === 'about')?.title]);
    expect(page.all('main a[href="/text/index.txt"]').length).toBe(1);
  });

  it('builds the help page from content/pages/help.md, with links that call or text 988 first, and its sources', () => {
    const page = parsePage(site.get('help/index.html'));
    expect(page.text('main h1')).toEqual(['Getting help in a crisis']);
    expect(page.all('main .crisis-actions a').map((link) => [attr(link, 'href'), textOf(link)])).toEqual([
      ['tel:988', 'Call\u00A0988'],
      ['sms:988', 'Text\u00A0988'],
    ]);
    expect(page.all('main > *').map((node) => String(attr(node, 'className')))).toEqual([
      'intro',
      'crisis-actions',
      'article-body',
      'sources',
    ]);
    expect(page.all('main a[href="https://findahelpline.com/"]').length).toBe(1);
    expect(page.all('main sup.citation a[href="#source-1"]').length).toBe(1);
    expect(page.all('main #source-1').length).toBe(1);
  });

  it('builds the help page from the crisis notice, with call and text links, when there is no help.md', () => {
    const withoutHelp = { ...content, pages: content.pages.filter((page) => page.slug !== 'help') };
    const files = buildWeb(withoutHelp);
    const page = parsePage(files.find((file) => file.path === 'help/index.html')?.contents);
    expect(page.text('main h1')).toEqual([content.notices.crisis.title]);
    expect(page.all('main a[href="https://findahelpline.com/"]').length).toBe(1);
    expect(page.all('main a[href="tel:988"], main a[href="sms:988"]').length).toBe(2);
  });

  it('writes the help page once, whether or not content/pages has a help page, and no path twice', () => {
    for (const pages of [content.pages, content.pages.filter((page) => page.slug !== 'help')]) {
      const paths = buildWeb({ ...content, pages }).map((file) => file.path);
      expect(paths.filter((path) => path === 'help/index.html')).toHaveLength(1);
      expect(new Set(paths).size).toBe(paths.length);
    }
  });

  it('builds the editorial policy and accessibility statement from content/pages', () => {
    expect(parsePage(site.get('editorial-policy/index.html')).text('main h1')).toEqual(['Editorial policy']);
    expect(parsePage(site.get('accessibility/index.html')).text('main h1')).toEqual(['Accessibility statement']);
  });

  it('describes the publisher as a schema.org Organization in JSON-LD on the home page', () => {
    const data = JSON.parse(textOf(parsePage(site.get('index.html')).one('script[type="application/ld+json"]')));
    expect(data).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Organization',
      '@id': 'https://fixture.example/#organization',
      name: 'Fixture Publisher',
      url: 'https://fixture.example/',
      description: 'A small site for the web tests.',
      publishingPrinciples: 'https://fixture.example/editorial-policy/',
    });
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
      ['https://fixture.example/accessibility/', undefined],
      ['https://fixture.example/editorial-policy/', undefined],
      ['https://fixture.example/help/', undefined],
      ['https://fixture.example/subscribe/', undefined],
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
