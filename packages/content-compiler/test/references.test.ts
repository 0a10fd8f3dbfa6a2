import { describe, expect, it } from 'vitest';
import { compileContent } from '../src/index.js';
import { article, compiled, contentWith, goodFrontmatter, problemsIn } from './helpers.js';

// Two sources as authors write them. Frontmatter lines: 1 is ---, 2 to 6 goodFrontmatter,
// 7 references:, then six lines per source: the first at lines 8 to 13, the second at 14 to 19.
const feder = [
  '  - id: feder-2021',
  '    authors: Feder A, et al.',
  '    title: A Randomized Controlled Trial of Repeated Ketamine Administration for Chronic Posttraumatic Stress Disorder',
  '    publication: American Journal of Psychiatry',
  '    year: 2021',
  '    doi: 10.1176/appi.ajp.2020.20050596',
];
const kew = [
  '  - id: kew-2023',
  '    authors: Kew BM, Porter RJ, Douglas KM, Glue P, Mentzel CL, Beaglehole B',
  '    title: "Ketamine and psychotherapy for the treatment of psychiatric disorders: systematic review"',
  '    publication: BJPsych Open',
  '    year: 2023',
  '    url: https://www.cambridge.org/core/journals/bjpsych-open/article/97614770DE6BC7846763FE19801D412D',
];
const cited = 'One trial found relief [@feder-2021]. A review agreed [@kew-2023; @feder-2021].\n';

/** An article with these references and body, in place of the fixture's new-article.md. */
const withSources = (references: string[][], body = cited, extra: string[] = []) =>
  contentWith({ 'articles/new-article.md': article([goodFrontmatter, ...extra, 'references:', ...references.flat()].join('\n'), body) });
const problemsWith = (references: string[][], body?: string, extra?: string[]) => problemsIn(withSources(references, body, extra));
const change = (source: string[], from: string, to: string) => source.map((line) => line.replace(from, to));
const review = (date: string, nextDue: string) => [
  'review:',
  '  reviewer: Alex Fixture',
  '  credentials: MD, psychiatrist',
  `  date: ${date}`,
  `  nextDue: ${nextDue}`,
];

describe('references and citations', () => {
  it('numbers references in the order the text first cites them, with where to read each', () => {
    const { content } = compiled(withSources([kew, feder]));
    const meta = content.articles.find((entry) => entry.slug === 'new-article');
    expect(meta?.references).toEqual([
      {
        number: 1,
        id: 'feder-2021',
        authors: 'Feder A, et al.',
        title: 'A Randomized Controlled Trial of Repeated Ketamine Administration for Chronic Posttraumatic Stress Disorder',
        publication: 'American Journal of Psychiatry',
        year: 2021,
        doi: '10.1176/appi.ajp.2020.20050596',
        href: 'https://doi.org/10.1176/appi.ajp.2020.20050596',
      },
      {
        number: 2,
        id: 'kew-2023',
        authors: 'Kew BM, Porter RJ, Douglas KM, Glue P, Mentzel CL, Beaglehole B',
        title: 'Ketamine and psychotherapy for the treatment of psychiatric disorders: systematic review',
        publication: 'BJPsych Open',
        year: 2023,
        url: 'https://www.cambridge.org/core/journals/bjpsych-open/article/97614770DE6BC7846763FE19801D412D',
        href: 'https://www.cambridge.org/core/journals/bjpsych-open/article/97614770DE6BC7846763FE19801D412D',
      },
    ]);
  });

  it('replaces each written citation by a citation node, taking the space before it along', () => {
    const { content } = compiled(withSources([kew, feder]));
    expect(content.getBody('new-article')).toEqual({
      type: 'root',
      children: [
        {
          type: 'paragraph',
          children: [
            { type: 'text', value: 'One trial found relief' },
            { type: 'citation', ids: ['feder-2021'], numbers: [1] },
            { type: 'text', value: '. A review agreed' },
            { type: 'citation', ids: ['kew-2023', 'feder-2021'], numbers: [2, 1] },
            { type: 'text', value: '.' },
          ],
        },
      ],
    });
  });

  it('leaves citations out of the word count and the excerpt', () => {
    const { content } = compiled(withSources([kew, feder]));
    const meta = content.articles.find((entry) => entry.slug === 'new-article');
    expect(meta?.excerpt).toBe('One trial found relief. A review agreed.');
    expect(meta?.wordCount).toBe(7);
  });

  it('accepts an article with no references that does not speak of research', () => {
    expect(problemsIn(contentWith({ 'articles/new-article.md': article(goodFrontmatter, 'Sleep matters.\n') }))).toEqual([]);
  });

  it('reports an unknown field of a reference and suggests the closest name a reference may use', () => {
    expect(problemsWith([change(feder, '    title:', '    titel:'), kew])).toEqual([
      'content/articles/new-article.md:8:5 references[0].title: required field is missing',
      'content/articles/new-article.md:10:5 references[0].titel: unknown field; did you mean "title"?',
    ]);
  });

  it('reports a malformed DOI', () => {
    expect(problemsWith([change(feder, '10.1176/', 'doi:10.1176/'), kew])).toEqual([
      'content/articles/new-article.md:13:10 references[0].doi: expected a DOI like 10.1176/appi.ajp.2020.20050596, without https://doi.org/, got "doi:10.1176/appi.ajp.2020.20050596"',
    ]);
  });

  it('reports a DOI written as its address', () => {
    expect(problemsWith([change(feder, '10.1176/', 'https://doi.org/10.1176/'), kew])).toEqual([
      'content/articles/new-article.md:13:10 references[0].doi: expected a DOI like 10.1176/appi.ajp.2020.20050596, without https://doi.org/, got "https://doi.org/10.1176/appi.ajp.2020.20050596"',
    ]);
  });

  it('reports an address that is not https', () => {
    expect(problemsWith([feder, change(kew, 'https://', 'http://')])).toEqual([
      'content/articles/new-article.md:19:10 references[1].url: expected an https address, like "https://www.fda.gov/", got "http://www.cambridge.org/core/journals/bjpsych-open/article/97614770DE6BC7846763FE19801D412D"',
    ]);
  });

  it('reports a reference with both a DOI and an address', () => {
    expect(problemsWith([[...feder, '    url: https://psychiatryonline.org/'], kew])).toEqual([
      'content/articles/new-article.md:8:5 references[0]: expected exactly one of doi and url, got both',
    ]);
  });

  it('reports a reference with neither a DOI nor an address', () => {
    expect(problemsWith([feder.slice(0, -1), kew])).toEqual([
      'content/articles/new-article.md:8:5 references[0]: expected exactly one of doi and url, got neither',
    ]);
  });

  it('reports a reference id used twice', () => {
    expect(problemsWith([feder, change(kew, 'id: kew-2023', 'id: feder-2021')], 'One trial found relief [@feder-2021].\n')).toEqual([
      'content/articles/new-article.md:14:9 references[1].id: expected each id once, got "feder-2021" again',
    ]);
  });

  it('reports the same source listed twice, by DOI in any case or by address', () => {
    const twin = change(change(feder, 'feder-2021', 'feder-again'), '10.1176/appi.ajp', '10.1176/APPI.AJP');
    expect(problemsWith([feder, twin], 'Trials [@feder-2021; @feder-again].\n')).toEqual([
      'content/articles/new-article.md:19:10 references[1].doi: expected each source once, got "10.1176/APPI.AJP.2020.20050596", which references[0] also has',
    ]);
    expect(problemsWith([kew, change(kew, 'kew-2023', 'kew-again')], 'Trials [@kew-2023; @kew-again].\n')).toEqual([
      'content/articles/new-article.md:19:10 references[1].url: expected each source once, got "https://www.cambridge.org/core/journals/bjpsych-open/article/97614770DE6BC7846763FE19801D412D", which references[0] also has',
    ]);
  });

  it('reports a citation of an id that is not listed, and suggests the closest one', () => {
    expect(problemsWith([feder, kew], 'One trial found relief [@fedder-2021; @kew-2023].\nAnd [@feder-2021].\n')).toEqual([
      'content/articles/new-article.md:22:24 citation: expected the id of a reference listed under references, got "fedder-2021"; did you mean "feder-2021"?',
    ]);
  });

  it('reports a citation that is not written as [@id] or [@id; @id]', () => {
    expect(problemsWith([feder, kew], `${cited}More [@Feder 2021] and [@kew-2023 @feder-2021] and [@kew-2023; @kew-2023].\n`)).toEqual([
      'content/articles/new-article.md:23:6 citation: expected a citation like [@feder-2021] or [@feder-2021; @kew-2023], got "[@Feder 2021]"',
      'content/articles/new-article.md:23:24 citation: expected a citation like [@feder-2021] or [@feder-2021; @kew-2023], got "[@kew-2023 @feder-2021]"',
      'content/articles/new-article.md:23:52 citation: expected each id once in a citation, got "kew-2023" twice in "[@kew-2023; @kew-2023]"',
    ]);
  });

  it('reports a citation inside the words of a link', () => {
    expect(problemsWith([feder, kew], `${cited}See [the trial [@feder-2021]](https://example.org/).\n`)).toEqual([
      'content/articles/new-article.md:23:16 citation: expected a citation after the link, not in its words, got "[@feder-2021]"',
    ]);
  });

  it('reports a reference the text never cites, at its id', () => {
    expect(problemsWith([feder, kew], 'One trial found relief [@feder-2021].\n')).toEqual([
      'content/articles/new-article.md:14:9 references[1].id: expected a citation [@kew-2023] in the text, got none',
    ]);
  });

  it('reports an article that speaks of research and cites nothing, at the first such word', () => {
    const body = 'Sleep matters.\n\nSome people feel calmer, and\nsome studies found the same.\n';
    expect(problemsIn(contentWith({ 'articles/new-article.md': article(goodFrontmatter, body) }))).toEqual([
      'content/articles/new-article.md:12:6 citation: expected a citation like [@feder-2021] where the text speaks of research, got "studies" and no citation in the whole text',
    ]);
    for (const word of ['Researchers', 'a trial', 'the evidence', 'a meta-analysis', 'research']) {
      const text = `In short, ${word} says so.\n`;
      expect(problemsIn(contentWith({ 'articles/new-article.md': article(goodFrontmatter, text) })), word).toHaveLength(1);
    }
  });

  it('reports a citation in a notice, which lists no sources', () => {
    expect(problemsIn(contentWith({ 'notices/crisis.md': '---\ntitle: Help\n---\n\nCall 988 [@lifeline].\n' }))).toEqual([
      'content/notices/crisis.md:5:10 citation: expected the id of a reference listed under references, got "lifeline"',
    ]);
  });

  it('gives pages their references, numbered, and checks their citations the same way', () => {
    const page = ['---', 'title: Help', 'references:', ...kew, '---', '', 'A review [@kew-2023].', ''].join('\n');
    const { content } = compiled(contentWith({ 'pages/help.md': page }));
    expect(content.pages.find((entry) => entry.slug === 'help')?.references.map((reference) => [reference.number, reference.id])).toEqual([
      [1, 'kew-2023'],
    ]);
    expect(problemsIn(contentWith({ 'pages/help.md': page.replace('[@kew-2023]', '') }))).toEqual([
      'content/pages/help.md:4:9 references[0].id: expected a citation [@kew-2023] in the text, got none',
    ]);
  });

  it('lets a page speak of research without citing it', () => {
    expect(problemsIn(contentWith({ 'pages/editorial-policy.md': '---\ntitle: Policy\n---\n\nWe read the research.\n' }))).toEqual([]);
  });

  it('reports a page whose name the site uses for its own pages, or that is not a slug', () => {
    expect(problemsIn(contentWith({ 'pages/topics.md': '---\ntitle: Topics\n---\n\nWords.\n' }))).toEqual([
      'content/pages/topics.md:1:1 slug: expected a page name other than articles, subscribe, text, topics, which the site uses for its own pages, got "topics.md"',
    ]);
    expect(problemsIn(contentWith({ 'pages/Editorial Policy.md': '---\ntitle: Policy\n---\n\nWords.\n' }))).toEqual([
      'content/pages/Editorial Policy.md:1:1 slug: expected a file name of lowercase words joined by hyphens, got "Editorial Policy.md"',
    ]);
  });
});

describe('clinical reviews', () => {
  it('records the review in the metadata, and none when there is no review', () => {
    const { content } = compiled(withSources([feder, kew], cited, review('2026-11-02', '2027-11-02')));
    expect(content.articles.find((entry) => entry.slug === 'new-article')?.review).toEqual({
      reviewer: 'Alex Fixture',
      credentials: 'MD, psychiatrist',
      date: '2026-11-02',
      nextDue: '2027-11-02',
    });
    expect(content.articles.find((entry) => entry.slug === 'second-article')).not.toHaveProperty('review');
  });

  it('reports a next review due on or before the review itself', () => {
    expect(problemsWith([feder, kew], cited, review('2026-11-02', '2026-11-02'))).toEqual([
      'content/articles/new-article.md:11:12 review.nextDue: expected a date after review.date (2026-11-02), got "2026-11-02"',
    ]);
  });

  it('reports a review without a reviewer, and suggests review for the old reviewed date', () => {
    expect(
      problemsWith([feder, kew], cited, [
        'reviewed: 2026-06-01',
        ...review('2026-11-02', '2027-11-02').filter((line) => !line.includes('reviewer')),
      ]),
    ).toEqual([
      'content/articles/new-article.md:7:1 reviewed: unknown field; did you mean "review"?',
      'content/articles/new-article.md:9:3 review.reviewer: required field is missing',
    ]);
  });

  it('warns, at its line, when the next review is overdue, and not on the day it is due', () => {
    const contentDir = withSources([feder, kew], cited, review('2026-11-02', '2027-11-02'));
    const warnings = (day: string) =>
      compileContent({ contentDir, now: new Date(`${day}T12:00:00Z`) })
        .warnings.filter((warning) => warning.file.endsWith('new-article.md'))
        .map((warning) => `${warning.line}:${warning.column} ${warning.field}: ${warning.message}`);
    expect(warnings('2027-11-02')).toEqual([]);
    expect(warnings('2027-11-03')).toEqual([
      '11:12 review.nextDue: expected a clinical review by 2027-11-02, got none recorded since 2026-11-02: review the article and record the new review',
    ]);
  });
});
