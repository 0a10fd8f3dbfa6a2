import { describe, expect, it } from 'vitest';
import { article, contentWith, goodFrontmatter, problemsIn } from './helpers.js';

const withArticle = (text: string | Uint8Array) => problemsIn(contentWith({ 'articles/new-article.md': text }));
const frontmatterWith = (change: (lines: string[]) => string[]) => article(change(goodFrontmatter.split('\n')).join('\n'));

describe('content problems', () => {
  it('accepts the valid fixture', () => {
    expect(problemsIn(contentWith({}))).toEqual([]);
  });

  it('reports a missing title at the frontmatter', () => {
    expect(withArticle(frontmatterWith((lines) => lines.slice(1)))).toEqual([
      'content/articles/new-article.md:2:1 title: required field is missing',
    ]);
  });

  it('reports a field of the wrong type with what it found', () => {
    expect(withArticle(frontmatterWith((lines) => [...lines.slice(0, 4), 'topics: ptsd']))).toEqual([
      'content/articles/new-article.md:6:9 topics: expected a list of topic slugs, like [ptsd, depression], got "ptsd"',
    ]);
  });

  it('reports an unknown field and suggests the closest known one', () => {
    expect(withArticle(frontmatterWith((lines) => [...lines, 'tgas: [ketamine]']))).toEqual([
      'content/articles/new-article.md:7:1 tgas: unknown field; did you mean "tags"?',
    ]);
  });

  it('reports broken YAML where the parser stopped', () => {
    expect(withArticle(frontmatterWith((lines) => [...lines, 'tags: [ketamine'])).at(0)).toMatch(
      /^content\/articles\/new-article\.md:7:\d+ yaml: expected valid YAML, got a syntax error: /,
    );
  });

  it('reports an impossible date', () => {
    expect(withArticle(frontmatterWith((lines) => lines.map((line) => line.replace('2025-06-01', '2025-02-30'))))).toEqual([
      'content/articles/new-article.md:4:12 published: expected a real calendar date, got "2025-02-30"',
    ]);
  });

  it('reports a date written in words', () => {
    expect(withArticle(frontmatterWith((lines) => lines.map((line) => line.replace('2025-06-01', 'March 12'))))).toEqual([
      'content/articles/new-article.md:4:12 published: expected a date like 2025-03-12, got "March 12"',
    ]);
  });

  it('reports an update dated before publication', () => {
    expect(withArticle(frontmatterWith((lines) => [...lines, 'updated: 2025-05-01']))).toEqual([
      'content/articles/new-article.md:7:10 updated: expected a date on or after published (2025-06-01), got "2025-05-01"',
    ]);
  });

  it('reports a duplicate slug from two folders', () => {
    expect(problemsIn(contentWith({ 'articles/more/first-article.md': article(goodFrontmatter) }))).toEqual([
      'content/articles/more/first-article.md:1:1 slug: expected a unique slug, got "first-article", which content/articles/first-article.md also uses',
    ]);
  });

  it('reports an unknown topic and suggests the closest one', () => {
    expect(withArticle(frontmatterWith((lines) => lines.map((line) => line.replace('[ptsd]', '[ptsd, depresion]'))))).toEqual([
      'content/articles/new-article.md:6:16 topics[1]: expected a topic from topics.yaml, got "depresion"; did you mean "depression"?',
    ]);
  });

  it('reports a link to an article that does not exist', () => {
    expect(withArticle(article(goodFrontmatter, 'See [the other one](/articles/second-artcle/).\n'))).toEqual([
      'content/articles/new-article.md:9:5 link: expected a link to a published article, got "/articles/second-artcle/"; did you mean "/articles/second-article/"?',
    ]);
  });

  it('reports a link to a draft, which is not published', () => {
    expect(withArticle(article(goodFrontmatter, 'See [the draft](/articles/a-draft/).\n'))).toEqual([
      'content/articles/new-article.md:9:5 link: expected a link to a published article, got "/articles/a-draft/"',
    ]);
  });

  it('does not report links to an article whose own problems are reported', () => {
    expect(
      problemsIn(
        contentWith({
          'articles/second-article.md': article(goodFrontmatter.replace('2025-06-01', '2025-02-30')),
        }),
      ),
    ).toEqual(['content/articles/second-article.md:4:12 published: expected a real calendar date, got "2025-02-30"']);
  });

  it('reports a heading that skips a level', () => {
    expect(withArticle(article(goodFrontmatter, 'Intro.\n\n## Section\n\n#### Too deep\n'))).toEqual([
      'content/articles/new-article.md:13:1 heading: expected a heading of level 3 or less, got level 4: headings cannot skip a level',
    ]);
  });

  it('reports a level 1 heading in the body', () => {
    expect(withArticle(article(goodFrontmatter, '# Another title\n\nWords.\n'))).toEqual([
      'content/articles/new-article.md:9:1 heading: expected ## for a section, got #: the title is the only level 1 heading',
    ]);
  });

  it('reports an image without alt text', () => {
    expect(withArticle(article(goodFrontmatter, 'Words.\n\n![](/images/chart.png)\n'))).toEqual([
      'content/articles/new-article.md:11:1 image: expected alt text that describes the image, got none',
    ]);
  });

  it('reports raw HTML', () => {
    expect(withArticle(article(goodFrontmatter, 'Words.\n\n<div class="box">Boxed</div>\n'))).toEqual([
      'content/articles/new-article.md:11:1 html: expected Markdown, got raw HTML "<div class=\\"box\\">Boxed</div>"',
    ]);
  });

  it('reports a javascript: link, even with a tab hidden in the scheme', () => {
    expect(withArticle(article(goodFrontmatter, '[one](javascript:alert(1)) and [two](java&#9;script:alert(1))\n'))).toEqual([
      'content/articles/new-article.md:9:1 link: expected a web address, got a javascript: link',
      'content/articles/new-article.md:9:32 link: expected a web address, got a javascript: link',
    ]);
  });

  it('reports an empty body', () => {
    expect(withArticle(article(goodFrontmatter, ''))).toEqual([
      'content/articles/new-article.md:1:1 body: expected the article text after the frontmatter, got nothing',
    ]);
  });

  it('reports an empty file', () => {
    expect(withArticle('')).toEqual([
      'content/articles/new-article.md:1:1 frontmatter: expected YAML frontmatter between --- lines at the top, got none',
    ]);
  });

  it('reports a file that is not UTF-8 at the first bad byte', () => {
    const latin1 = Uint8Array.from([...Buffer.from(article(goodFrontmatter, 'Caf')), 0xe9, 0x0a]);
    expect(withArticle(latin1)).toEqual(['content/articles/new-article.md:9:4 encoding: expected UTF-8 text, got the byte 0xE9']);
  });

  it('reports a character that XML forbids', () => {
    expect(withArticle(article(goodFrontmatter, 'A vertical\u000Btab.\n'))).toEqual([
      'content/articles/new-article.md:9:11 character: expected text that XML allows, got the control character U+000B',
    ]);
  });

  it('reports an abbreviation missing from the glossary and suggests the closest term', () => {
    expect(withArticle(article(goodFrontmatter, 'Post-traumatic stress disorder, or PTDS, is common.\n'))).toEqual([
      'content/articles/new-article.md:9:1 abbreviation: expected an abbreviation from the glossary, got "PTDS"; did you mean "PTSD"?',
    ]);
  });

  it('reports an abbreviation used before it is spelled out', () => {
    expect(withArticle(article(goodFrontmatter, 'KAP is a therapy.\n'))).toEqual([
      'content/articles/new-article.md:9:1 abbreviation: expected "ketamine-assisted psychotherapy" spelled out just before the first use of KAP',
    ]);
  });

  it('reports problems in the settings files with their lines', () => {
    const problems = problemsIn(
      contentWith({
        'site.yaml': 'title: Site\ndescription: Words.\nlanguage: english\nbaseUrl: ftp://example.org\npublisher: P\nauthor: A\n',
        'topics.yaml': '- slug: ptsd\n  title: One\n  description: One.\n- slug: ptsd\n  titel: Two\n  description: Two.\n',
        'glossary.yaml': '- term: kap\n  expansion: ketamine-assisted psychotherapy\n',
      }),
    );
    expect(problems).toEqual([
      'content/glossary.yaml:1:9 [0].term: expected an abbreviation in capitals, like "PTSD", got "kap"',
      'content/site.yaml:3:11 language: expected a language tag like "en" or "en-US", got "english"',
      'content/site.yaml:4:10 baseUrl: expected an absolute http or https address, like "https://example.org/", got "ftp://example.org"',
      'content/topics.yaml:4:3 [1].title: required field is missing',
      'content/topics.yaml:4:9 [1].slug: expected each slug once, got "ptsd" again',
      'content/topics.yaml:5:3 [1].titel: unknown field; did you mean "title"?',
    ]);
  });

  it('reports a missing settings file', () => {
    expect(problemsIn(contentWith({ 'notices/crisis.md': null }))).toEqual([
      'content/notices/crisis.md:1:1 file: expected this file to exist, got nothing',
    ]);
  });

  it('reports every problem of every file in one run', () => {
    const problems = problemsIn(
      contentWith({
        'articles/one.md': frontmatterWith((lines) => lines.slice(1)),
        'articles/two.md': article(goodFrontmatter, '<b>bold</b>\n\n![](/images/x.png)\n'),
      }),
    );
    expect(problems).toEqual([
      'content/articles/one.md:2:1 title: required field is missing',
      'content/articles/two.md:9:1 html: expected Markdown, got raw HTML "<b>"',
      'content/articles/two.md:9:8 html: expected Markdown, got raw HTML "</b>"',
      'content/articles/two.md:11:1 image: expected alt text that describes the image, got none',
    ]);
  });
});
