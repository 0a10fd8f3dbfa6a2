import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileContent } from '../src/index.js';
import { article, compiled, contentWith, goodFrontmatter, problemsIn, validFixture } from './helpers.js';

const fixture = (name: string) => readFileSync(join(validFixture, name), 'utf8');

describe('compileContent', () => {
  it('derives the published metadata of an article', () => {
    const { content } = compiled(contentWith({}));
    expect(content.articles.find((article) => article.slug === 'first-article')).toEqual({
      title: 'The first article',
      description: 'A short article about trauma.',
      published: '2025-03-12',
      updated: '2025-04-01',
      review: { reviewer: 'Alex Fixture', credentials: 'MD, psychiatrist', date: '2026-06-01', nextDue: '2027-06-01' },
      topics: ['ptsd'],
      tags: ['ketamine', 'trauma'],
      slug: 'first-article',
      modified: '2025-04-01',
      wordCount: 71,
      readingMinutes: 1,
      headings: [
        { depth: 2, text: 'What it is', id: 'what-it-is' },
        { depth: 3, text: 'A detail', id: 'a-detail' },
        { depth: 2, text: 'What to expect', id: 'what-to-expect' },
      ],
      excerpt:
        'Ketamine-assisted psychotherapy, or KAP, may help some people with post-traumatic stress disorder, or PTSD. KAP is not a cure.',
      needsCrisisNotice: true,
      references: [
        expect.objectContaining({ number: 1, id: 'feder-2021', href: 'https://doi.org/10.1176/appi.ajp.2020.20050596' }),
        expect.objectContaining({ number: 2, id: 'kew-2023', href: expect.stringMatching(/^https:\/\/www\.cambridge\.org\//) }),
      ],
    });
  });

  it('lists published articles newest first and leaves drafts and future-dated articles out everywhere', () => {
    const { content } = compiled(contentWith({}));
    expect(content.articles.map((article) => article.slug)).toEqual(['second-article', 'first-article']);
    expect(() => content.getBody('a-draft')).toThrow('No published article has the slug "a-draft"');
    expect(() => content.getBody('a-future-article')).toThrow('No published article has the slug "a-future-article"');
    expect(JSON.stringify(content)).not.toMatch(/draft|future/i);
  });

  it('publishes a future-dated article once its day has come', () => {
    const { content } = compileContent({ contentDir: contentWith({}), now: new Date('2026-12-24T00:00:00Z') });
    expect(content.articles.map((article) => article.slug)).toEqual(['a-future-article', 'second-article', 'first-article']);
  });

  it('ships bodies as mdast trees without positions', () => {
    const { content } = compiled(contentWith({}));
    const body = content.getBody('second-article');
    expect(body).toEqual({
      type: 'root',
      children: [{ type: 'paragraph', children: [{ type: 'text', value: 'A plain paragraph about depression.' }] }],
    });
  });

  it('needs no crisis notice where suicide is not mentioned', () => {
    const { content } = compiled(contentWith({}));
    expect(content.articles.map((article) => [article.slug, article.needsCrisisNotice])).toEqual([
      ['second-article', false],
      ['first-article', true],
    ]);
  });

  it('gives the same data for CRLF line endings and a UTF-8 BOM as for LF', () => {
    const lf = compiled(contentWith({}));
    const crlf = compiled(
      contentWith({
        'articles/first-article.md': `\uFEFF${fixture('articles/first-article.md').replaceAll('\n', '\r\n')}`,
        'site.yaml': `\uFEFF${fixture('site.yaml').replaceAll('\n', '\r\n')}`,
      }),
    );
    expect(JSON.stringify(crlf.content)).toBe(JSON.stringify(lf.content));
    expect(crlf.content.getBody('first-article')).toEqual(lf.content.getBody('first-article'));
  });

  it('locates problems the same way in a CRLF file', () => {
    const text = fixture('articles/first-article.md').replace('[ptsd]', '[ptsdd]').replaceAll('\n', '\r\n');
    expect(problemsIn(contentWith({ 'articles/first-article.md': text }))).toEqual([
      'content/articles/first-article.md:6:10 topics[0]: expected a topic from topics.yaml, got "ptsdd"; did you mean "ptsd"?',
    ]);
  });

  it('warns when the next review is overdue, and only for an article that records a review', () => {
    const { warnings } = compileContent({ contentDir: contentWith({}), now: new Date('2027-07-01T00:00:00Z') });
    expect(warnings.map((warning) => `${warning.file}:${warning.line}:${warning.column} ${warning.field}: ${warning.message}`)).toEqual([
      'content/articles/first-article.md:12:12 review.nextDue: expected a clinical review by 2027-06-01, got none recorded since 2026-06-01: review the article and record the new review',
    ]);
  });

  it('lets SITE_URL override the base URL', () => {
    const before = process.env.SITE_URL;
    process.env.SITE_URL = 'https://preview.example/kap';
    try {
      expect(compiled(contentWith({})).content.site.baseUrl).toBe('https://preview.example/kap/');
    } finally {
      if (before === undefined) delete process.env.SITE_URL;
      else process.env.SITE_URL = before;
    }
  });

  it('validates the real content with no problems and no warnings', () => {
    const contentDir = join(import.meta.dirname, '..', '..', '..', 'content');
    const { content, warnings } = compileContent({ contentDir, now: new Date('2026-11-22T12:00:00Z') });
    expect(warnings).toEqual([]);
    expect(content.articles).toHaveLength(readdirSync(join(contentDir, 'articles')).length);
  });

  it('suggests a slug for the first 50 broken links only, each suggestion being a look at every article', () => {
    const links = Array.from(
      { length: 60 },
      (_, index) => `See [this](/articles/first-articl${String.fromCharCode(97 + (index % 26))}${index}/).`,
    );
    const problems = problemsIn(contentWith({ 'articles/many-links.md': article(goodFrontmatter, `${links.join('\n\n')}\n`) }));
    expect(problems).toHaveLength(60);
    expect(problems.filter((problem) => problem.includes('did you mean "/articles/first-article/"'))).toHaveLength(50);
  });
});
