// The built package, as consumers import it: its data must equal a fresh compile of content/.
import { join } from 'node:path';
import { compileContent } from '@kap/content-compiler';
import { describe, expect, it } from 'vitest';
import * as api from '../dist/index.js';

const contentDir = process.env.CONTENT_DIR || join(import.meta.dirname, '..', '..', '..', 'content');
const { content } = compileContent({ contentDir });
const first = api.getArticles()[0];
if (!first) throw new Error('the content has no published article');

describe('the runtime API', () => {
  it('lists every published article newest first', () => {
    expect(api.getArticles()).toEqual(content.articles);
    const dates = api.getArticles().map((article) => article.published);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('finds an article by slug, and throws an UnknownSlugError with a code for an unknown one', () => {
    expect(api.getArticle(first.slug)).toEqual(content.articles[0]);
    expect(api.isArticleSlug(first.slug)).toBe(true);
    expect(api.isArticleSlug('no-such-article')).toBe(false);
    const unknown = 'no-such-article' as api.ArticleSlug;
    expect(() => api.getArticle(unknown)).toThrow(api.UnknownSlugError);
    expect(() => api.getArticle(unknown)).toThrow('No published article has the slug "no-such-article"');
    try {
      api.getArticle(unknown);
    } catch (error) {
      expect(error).toMatchObject({ code: 'ERR_KAP_UNKNOWN_SLUG', kind: 'article', slug: 'no-such-article', name: 'UnknownSlugError' });
    }
  });

  it('lists the articles of each topic, and rejects an unknown topic', () => {
    for (const topic of api.getTopics()) {
      expect(api.getArticlesByTopic(topic.slug)).toEqual(content.articles.filter((article) => article.topics.includes(topic.slug)));
      expect(api.getTopic(topic.slug)).toEqual(topic);
      expect(api.isTopicSlug(topic.slug)).toBe(true);
    }
    expect(() => api.getArticlesByTopic('ptsdd' as api.TopicSlug)).toThrow('No published topic has the slug "ptsdd"');
  });

  it('loads each body on demand, equal to the compiled tree, and rejects an unknown slug', async () => {
    for (const article of content.articles) {
      expect(await api.getArticleBody(article.slug as api.ArticleSlug)).toEqual(content.getBody(article.slug));
    }
    await expect(api.getArticleBody('../content' as api.ArticleSlug)).rejects.toThrow(api.UnknownSlugError);
    await expect(api.getArticleBody('toString' as api.ArticleSlug)).rejects.toThrow('No published article has the slug "toString"');
  });

  it('gives every heading of a body the id of its table-of-contents entry', async () => {
    const body = await api.getArticleBody(first.slug);
    const ids = body.children.flatMap((node) =>
      node.type === 'heading' && node.depth <= 3 ? [(node.data as { hProperties?: { id?: string } }).hProperties?.id] : [],
    );
    expect(ids).toEqual(first.headings.map((heading) => heading.id));
    expect(ids.length).toBeGreaterThan(0);
  });

  it('returns the site settings, glossary, topics, notices and pages', () => {
    expect(api.getSite()).toEqual(content.site);
    expect(api.getGlossary()).toEqual(content.glossary);
    expect(api.getTopics()).toEqual(content.topics);
    expect(api.getNotices()).toEqual(content.notices);
    expect(api.getPages()).toEqual(content.pages);
    const page = api.getPages()[0];
    if (page) expect(api.getPage(page.slug)).toEqual(page);
  });

  it('hands out frozen data: a change throws, and the next caller sees the data unchanged', async () => {
    expect(() => (api.getArticles() as unknown[]).pop()).toThrow(TypeError);
    expect(() => {
      (api.getSite() as { title: string }).title = 'Changed';
    }).toThrow(TypeError);
    expect(() => {
      (first.headings as unknown[]).length = 0;
    }).toThrow(TypeError);
    const body = await api.getArticleBody(first.slug);
    expect(() => (body.children as unknown[]).push({ type: 'text', value: 'x' })).toThrow(TypeError);
    expect(api.getArticles()).toEqual(content.articles);
    expect(api.getSite()).toEqual(content.site);
    expect(await api.getArticleBody(first.slug)).toEqual(content.getBody(first.slug));
  });

  it('turns its ISO days into Dates at midnight UTC', () => {
    expect(api.toDate('2025-03-12').toISOString()).toBe('2025-03-12T00:00:00.000Z');
    expect(api.toDate(first.published).toISOString().slice(0, 10)).toBe(first.published);
  });

  it('loads all content at once, each body readable without waiting', async () => {
    const all = await api.loadContent();
    expect(all.articles).toEqual(content.articles);
    expect(all.getBody(first.slug)).toEqual(content.getBody(first.slug));
    expect(() => all.getBody('nope' as api.ArticleSlug)).toThrow(api.UnknownSlugError);
  });

  it('builds absolute URLs under the base URL, which may have a path', () => {
    expect(api.absoluteUrl({ baseUrl: 'https://example.org/kap/' }, api.sitePaths.article('one'))).toBe(
      'https://example.org/kap/articles/one/',
    );
    expect(api.absoluteUrl({ baseUrl: 'https://example.org/' }, api.sitePaths.textIndex)).toBe('https://example.org/text/index.txt');
  });
});
