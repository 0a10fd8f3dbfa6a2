// The built package, as consumers import it: its data must equal a fresh compile of content/.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as api from '../dist/index.js';
import { compileContent } from '../src/compiler.js';

const contentDir = process.env.CONTENT_DIR || join(import.meta.dirname, '..', '..', '..', 'content');
const { content } = compileContent({ contentDir });

describe('the runtime API', () => {
  it('lists every published article newest first', () => {
    expect(api.getArticles()).toEqual(content.articles);
    const dates = api.getArticles().map((article) => article.published);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('finds an article by slug and returns undefined for an unknown one', () => {
    const first = content.articles[0];
    expect(first).toBeDefined();
    expect(api.getArticle(first?.slug ?? '')).toEqual(first);
    expect(api.getArticle('no-such-article')).toBeUndefined();
  });

  it('lists the articles of each topic', () => {
    for (const topic of api.getTopics()) {
      expect(api.getArticlesByTopic(topic.slug)).toEqual(content.articles.filter((article) => article.topics.includes(topic.slug)));
      expect(api.getTopic(topic.slug)).toEqual(topic);
    }
    expect(api.getArticlesByTopic('no-such-topic')).toEqual([]);
  });

  it('loads each body on demand, equal to the compiled tree', () => {
    for (const article of content.articles) expect(api.getArticleBody(article.slug)).toEqual(content.getBody(article.slug));
    expect(() => api.getArticleBody('../content')).toThrow('No published article has the slug "../content"');
  });

  it('returns the site settings, glossary, topics, notices and pages', () => {
    expect(api.getSite()).toEqual(content.site);
    expect(api.getGlossary()).toEqual(content.glossary);
    expect(api.getTopics()).toEqual(content.topics);
    expect(api.getNotices()).toEqual(content.notices);
    expect(api.getPages()).toEqual(content.pages);
  });

  it('hands out copies, so a consumer cannot change what the next caller sees', () => {
    api.getArticles().pop();
    api.getSite().title = 'Changed';
    expect(api.getArticles()).toEqual(content.articles);
    expect(api.getSite()).toEqual(content.site);
  });

  it('builds absolute URLs under the base URL, which may have a path', () => {
    expect(api.absoluteUrl({ baseUrl: 'https://example.org/kap/' }, api.sitePaths.article('one'))).toBe(
      'https://example.org/kap/articles/one/',
    );
    expect(api.absoluteUrl({ baseUrl: 'https://example.org/' }, api.sitePaths.textIndex)).toBe('https://example.org/text/index.txt');
  });
});
