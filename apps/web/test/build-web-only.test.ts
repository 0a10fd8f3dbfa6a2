import { join } from 'node:path';
import { compileContent } from '@kap/content-compiler';
import { describe, expect, it } from 'vitest';
import { buildWeb } from '../src/index.js';

const { content } = compileContent({
  contentDir: join(import.meta.dirname, '..', '..', '..', 'content'),
  now: new Date('2026-11-22T12:00:00Z'),
});

describe('buildWeb with only', () => {
  it('builds the article pages of the named slugs and every other page in full', () => {
    const full = buildWeb(content);
    const [first, second] = content.articles;
    const some = buildWeb(content, { only: new Set([first?.slug ?? '']) });
    const articlePages = (files: typeof full) => files.filter((file) => file.path.startsWith('articles/')).map((file) => file.path);
    expect(articlePages(some)).toEqual([`articles/${first?.slug}/index.html`]);
    expect(some).toEqual(
      full.filter(
        (file) =>
          file.path !== `articles/${second?.slug}/index.html` &&
          !content.articles.slice(2).some((article) => file.path === `articles/${article.slug}/index.html`),
      ),
    );
    expect(articlePages(buildWeb(content, { only: new Set() }))).toEqual([]);
  });
});
