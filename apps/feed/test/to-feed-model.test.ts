import { absoluteUrl, loadContent, sitePaths } from '@kap/content';
import { describe, expect, it } from 'vitest';
import { toFeedModel } from '../src/index.js';
import { expectedItemText, htmlUrls, squash } from './helpers.js';

const content = await loadContent();

describe('toFeedModel', () => {
  it('gives the four published articles the ids they were first published with', () => {
    // These ids are permanent: a reader that sees a new id shows the article again as new.
    // If this test fails, fix the code; never update these lines.
    expect(toFeedModel(content).items.map((item) => item.id)).toEqual([
      'https://understanding-kap.example/articles/kap-for-treatment-resistant-depression/',
      'https://understanding-kap.example/articles/long-term-outcomes-of-kap/',
      'https://understanding-kap.example/articles/kap-for-trauma-and-ptsd-recovery/',
      'https://understanding-kap.example/articles/long-term-effects-of-kap-for-ptsd/',
    ]);
  });

  it('uses the canonical article URL as both the id and the link', () => {
    for (const item of toFeedModel(content).items) {
      const article = content.articles.find((entry) => item.url.endsWith(`/${entry.slug}/`));
      expect(article).toBeDefined();
      expect(item.url).toBe(absoluteUrl(content.site, sitePaths.article(article?.slug ?? '')));
      expect(item.id).toBe(item.url);
    }
  });

  it('describes the whole site with its home page, its feed URLs and the newest change as its date', () => {
    const model = toFeedModel(content);
    const base = content.site.baseUrl;
    expect(model).toMatchObject({
      title: content.site.title,
      description: content.site.description,
      language: content.site.language,
      homePageUrl: base,
      feedUrls: { rss: `${base}feed.xml`, atom: `${base}atom.xml`, jsonFeed: `${base}feed.json` },
      author: content.site.author,
      generator: '@kap/feed',
    });
    const newest = [...content.articles.map((article) => article.modified)].sort().at(-1);
    expect(model.updated).toBe(newest);
    expect(model.updated).toBe('2026-12-03');
  });

  it('keeps each article’s title, summary, dates, author, topics and tags, a topic marked by the topics page as its scheme', () => {
    const model = toFeedModel(content);
    expect(model.items).toHaveLength(content.articles.length);
    model.items.forEach((item, index) => {
      const article = content.articles[index];
      if (!article) throw new Error('missing article');
      expect(item).toMatchObject({
        title: article.title,
        summary: article.description,
        published: article.published,
        modified: article.modified,
        author: content.site.author,
      });
      expect(item.categories).toEqual([
        ...article.topics.map((slug) => ({
          term: slug,
          label: content.topics.find((topic) => topic.slug === slug)?.title,
          scheme: 'https://understanding-kap.example/topics/',
        })),
        ...article.tags.map((tag) => ({ term: tag, label: tag })),
      ]);
      expect(article.tags.length).toBeGreaterThan(0);
    });
  });

  it('holds only the topic’s articles in a topic feed, dated by the newest of them', () => {
    const model = toFeedModel(content, { topic: 'ptsd' });
    const ptsd = content.articles.filter((article) => article.topics.includes('ptsd'));
    expect(model.items.map((item) => item.id)).toEqual(ptsd.map((article) => absoluteUrl(content.site, sitePaths.article(article.slug))));
    expect(model.updated).toBe('2026-12-03');
    expect(model.homePageUrl).toBe(absoluteUrl(content.site, sitePaths.topic('ptsd')));
    expect(model.feedUrls.rss).toBe(absoluteUrl(content.site, sitePaths.topicRss('ptsd')));
    expect(model.title).toBe('Understanding Ketamine-Assisted Psychotherapy: PTSD and trauma');
  });

  it('refuses a topic that does not exist, naming the ones that do', () => {
    expect(() => toFeedModel(content, { topic: 'anxiety' })).toThrow(
      'toFeedModel: expected a topic slug (one of ptsd, depression, long-term-outcomes, integration), got "anxiety"',
    );
  });

  it('dates an empty topic feed by the site’s newest change, never by the clock', () => {
    const empty = { ...content, topics: [...content.topics, { slug: 'empty', title: 'Empty', description: 'Nothing yet.' }] };
    const model = toFeedModel(empty, { topic: 'empty' });
    expect(model.items).toEqual([]);
    expect(model.updated).toBe('2026-12-03');
  });

  it('puts the crisis notice first, then the article, its sources, its review, the disclaimer and the crisis pointer, in the same words as the content', () => {
    const model = toFeedModel(content);
    for (const article of content.articles) {
      const item = model.items.find((entry) => entry.url.endsWith(`/${article.slug}/`));
      const html = item?.contentHtml ?? '';
      expect(html.startsWith(`<section><h2>${content.notices.crisis.title}</h2>`)).toBe(article.needsCrisisNotice);
      expect(html.includes(content.notices.crisis.title)).toBe(article.needsCrisisNotice);
      expect(html.indexOf(`<section><h2>${content.notices.disclaimer.title}</h2>`)).toBeGreaterThan(0);
      expect(html).toMatch(/<\/section>\n?<p>If you need help now, call or text 988 .*<\/p>$/);
      const words = html
        .replace(/<[^>]*>/g, ' ')
        .replace(/&#x26;/g, '&')
        .replace(/&#x3C;/g, '<');
      expect(squash(words)).toBe(squash(expectedItemText(content, article)));
    }
  });

  it('carries every source, numbered, with absolute links to it and from each citation to its entry on the web page', () => {
    const model = toFeedModel(content);
    for (const article of content.articles) {
      const html = model.items.find((entry) => entry.url.endsWith(`/${article.slug}/`))?.contentHtml ?? '';
      expect(article.references.length, article.slug).toBeGreaterThan(0);
      expect(html).toContain('<section><h2>Sources</h2>');
      for (const reference of article.references) {
        expect(html).toContain(`<li id="source-${reference.number}">`);
        expect(html).toContain(`href="${reference.href}"`);
        expect(html).toContain(
          `href="${absoluteUrl(content.site, sitePaths.article(article.slug))}#source-${reference.number}" aria-label="source ${reference.number}"`,
        );
      }
    }
  });

  it('says who reviewed each article, or plainly that no clinician has', () => {
    const model = toFeedModel(content);
    const reviewed = {
      ...content,
      articles: content.articles.map((article) => ({
        ...article,
        review: { reviewer: 'Alex Fixture', credentials: 'MD, psychiatrist', date: '2026-11-02', nextDue: '2027-11-02' },
      })),
    } as typeof content;
    for (const item of model.items) expect(item.contentHtml).toContain('<p>This article has not yet been reviewed by a clinician.</p>');
    for (const item of toFeedModel(reviewed).items) {
      expect(item.contentHtml).toContain(
        '<p>Reviewed by Alex Fixture, MD, psychiatrist, on 2 November 2026. Next review due by 2 November 2027.</p>',
      );
    }
  });

  it('shows the crisis notice in every real article, since each names the suicidal thoughts in the esketamine warning', () => {
    const model = toFeedModel(content);
    const withNotice = model.items.filter((item) => item.contentHtml.includes(content.notices.crisis.title));
    expect(withNotice.map((item) => item.id)).toEqual([
      'https://understanding-kap.example/articles/kap-for-treatment-resistant-depression/',
      'https://understanding-kap.example/articles/long-term-outcomes-of-kap/',
      'https://understanding-kap.example/articles/kap-for-trauma-and-ptsd-recovery/',
      'https://understanding-kap.example/articles/long-term-effects-of-kap-for-ptsd/',
    ]);
  });

  it('makes every link and image address in the content absolute', () => {
    for (const item of toFeedModel(content).items) {
      const urls = htmlUrls(item.contentHtml);
      expect(urls.length).toBeGreaterThan(0);
      for (const url of urls) expect(url).toMatch(/^https:\/\//);
    }
  });

  it('marks the first use of each glossary abbreviation, as the web page does', () => {
    const item = toFeedModel(content).items[0];
    expect(item?.contentHtml).toContain('<abbr title="ketamine-assisted psychotherapy">KAP</abbr>');
  });
});
