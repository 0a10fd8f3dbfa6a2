// The built package, as consumers import it: its data must equal a fresh compile of content/.
import { join } from 'node:path';
import { compileContent } from '@kap/content-compiler';
import { describe, expect, it } from 'vitest';
import * as api from '../dist/index.js';

const contentDir = process.env.CONTENT_DIR || join(import.meta.dirname, '..', '..', '..', 'content');
const { content } = compileContent({ contentDir });
// JSON is what the package ships: a fresh compile compared as the data it becomes.
const asShipped = <T>(value: T): T => JSON.parse(JSON.stringify(value));
const unknown = <T extends string>(slug: string) => slug as T;

describe('the runtime API', () => {
  it('lists every published article newest first, with its numbered sources and its review when recorded', () => {
    expect(api.getArticles()).toEqual(asShipped(content.articles));
    const dates = api.getArticles().map((article) => article.published);
    expect(dates).toEqual([...dates].sort().reverse());
    for (const article of api.getArticles()) {
      expect(article.references.map((reference) => reference.number)).toEqual(article.references.map((_, index) => index + 1));
    }
  });

  it('finds an article by slug and throws a named error for an unknown one', () => {
    const first = api.getArticles()[0];
    expect(first).toBeDefined();
    if (!first) return;
    expect(api.getArticle(first.slug)).toEqual(first);
    expect(api.isArticleSlug(first.slug)).toBe(true);
    expect(() => api.getArticle(unknown('no-such-article'))).toThrow(api.UnknownSlugError);
  });

  it('lists the articles of each topic, and throws for an unknown topic', () => {
    for (const topic of api.getTopics()) {
      expect(api.getArticlesByTopic(topic.slug)).toEqual(
        asShipped(content.articles.filter((article) => article.topics.includes(topic.slug))),
      );
      expect(api.getTopic(topic.slug)).toEqual(topic);
    }
    expect(() => api.getArticlesByTopic(unknown('no-such-topic'))).toThrow(api.UnknownSlugError);
  });

  it('loads each body on demand, equal to the compiled tree, citation nodes included', async () => {
    for (const article of api.getArticles()) expect(await api.getArticleBody(article.slug)).toEqual(content.getBody(article.slug));
    await expect(api.getArticleBody(unknown('../content'))).rejects.toThrow(api.UnknownSlugError);
  });

  it('returns the site settings, glossary, topics, notices and pages', () => {
    expect(api.getSite()).toEqual(asShipped(content.site));
    expect(api.getGlossary()).toEqual(asShipped(content.glossary));
    expect(api.getTopics()).toEqual(asShipped(content.topics));
    expect(api.getNotices()).toEqual(asShipped(content.notices));
    expect(api.getPages()).toEqual(asShipped(content.pages));
  });

  it('hands out frozen data, so a consumer cannot change what the next caller sees', () => {
    expect(() => (api.getArticles() as unknown[]).pop()).toThrow(TypeError);
    expect(() => {
      (api.getSite() as { title: string }).title = 'Changed';
    }).toThrow(TypeError);
    expect(api.getArticles()).toEqual(asShipped(content.articles));
    expect(api.getSite()).toEqual(asShipped(content.site));
  });

  it('builds absolute URLs under the base URL, which may have a path', () => {
    expect(api.absoluteUrl({ baseUrl: 'https://example.org/kap/' }, api.sitePaths.article('one'))).toBe(
      'https://example.org/kap/articles/one/',
    );
    expect(api.absoluteUrl({ baseUrl: 'https://example.org/' }, api.sitePaths.textIndex)).toBe('https://example.org/text/index.txt');
    expect(api.sitePaths.page('editorial-policy')).toBe('/editorial-policy/');
  });
});
