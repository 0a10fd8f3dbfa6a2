import type { PhrasingContent, Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { describeReview, toHtml, toSourcesTree } from '../src/index.js';

const paragraph = (...children: PhrasingContent[]): Root => ({
  type: 'root',
  children: [{ type: 'paragraph', children }],
});

describe('toHtml', () => {
  it('renders headings, emphasis, lists and links from a hand-built tree', () => {
    const tree: Root = {
      type: 'root',
      children: [
        { type: 'heading', depth: 2, children: [{ type: 'text', value: 'What to expect' }] },
        {
          type: 'paragraph',
          children: [
            { type: 'emphasis', children: [{ type: 'text', value: 'Calm' }] },
            { type: 'text', value: ' words.' },
          ],
        },
        {
          type: 'list',
          ordered: false,
          spread: false,
          children: [{ type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [{ type: 'text', value: 'Sleep' }] }] }],
        },
      ],
    };
    expect(toHtml(tree)).toBe('<h2>What to expect</h2>\n<p><em>Calm</em> words.</p>\n<ul>\n<li>Sleep</li>\n</ul>');
  });

  it('never passes raw HTML through', () => {
    const tree: Root = {
      type: 'root',
      children: [{ type: 'html', value: '<script>alert(1)</script>' }, ...paragraph({ type: 'text', value: 'Safe.' }).children],
    };
    expect(toHtml(tree)).toBe('<p>Safe.</p>');
  });

  it('drops javascript:, vbscript: and data: addresses but keeps the words', () => {
    for (const url of ['javascript:alert(1)', ' VBScript:msgbox', 'data:text/html,x', 'java\tscript:alert(1)', 'java%0Ascript:x']) {
      const tree = paragraph({ type: 'link', url, children: [{ type: 'text', value: 'words' }] });
      expect(toHtml(tree)).toBe('<p><a>words</a></p>');
    }
  });

  it('gives headings the ids the tree carries, as the content package sets them, and no others', () => {
    const tree: Root = {
      type: 'root',
      children: [
        { type: 'heading', depth: 2, data: { hProperties: { id: 'why-it-helps' } }, children: [{ type: 'text', value: 'Why it helps' }] },
        { type: 'heading', depth: 2, data: { hProperties: { id: 'why-it-helps-1' } }, children: [{ type: 'text', value: 'Why it helps' }] },
        { type: 'heading', depth: 3, children: [{ type: 'text', value: 'No id' }] },
      ],
    };
    expect(toHtml(tree)).toBe('<h2 id="why-it-helps">Why it helps</h2>\n<h2 id="why-it-helps-1">Why it helps</h2>\n<h3>No id</h3>');
  });

  it("marks the abbreviations the tree's own glossary lists, unless told otherwise", () => {
    const tree: Root = {
      type: 'root',
      data: { glossary: [{ term: 'PTSD', expansion: 'post-traumatic stress disorder' }] } as Root['data'],
      children: [{ type: 'paragraph', children: [{ type: 'text', value: 'PTSD and PTSD again.' }] }],
    };
    expect(toHtml(tree)).toBe('<p><abbr title="post-traumatic stress disorder">PTSD</abbr> and PTSD again.</p>');
    expect(toHtml(tree, { glossary: [] })).toBe('<p>PTSD and PTSD again.</p>');
  });

  it('resolves relative, root-relative and fragment addresses against the base URL', () => {
    const tree = paragraph(
      { type: 'link', url: '#risks', children: [{ type: 'text', value: 'a' }] },
      { type: 'link', url: '/articles/other/', children: [{ type: 'text', value: 'b' }] },
      { type: 'image', url: 'chart.png', alt: 'A chart' },
    );
    expect(toHtml(tree, { baseUrl: 'https://example.org/articles/this/' })).toBe(
      '<p><a href="https://example.org/articles/this/#risks">a</a><a href="https://example.org/articles/other/">b</a><img src="https://example.org/articles/this/chart.png" alt="A chart"></p>',
    );
  });

  it('marks only the first use of each glossary abbreviation', () => {
    const tree = paragraph({ type: 'text', value: 'KAP and PTSD. KAP again, and PTSD.' });
    const glossary = [
      { term: 'KAP', expansion: 'ketamine-assisted psychotherapy' },
      { term: 'PTSD', expansion: 'post-traumatic stress disorder' },
    ];
    expect(toHtml(tree, { glossary })).toBe(
      '<p><abbr title="ketamine-assisted psychotherapy">KAP</abbr> and <abbr title="post-traumatic stress disorder">PTSD</abbr>. KAP again, and PTSD.</p>',
    );
  });

  it('does not change the tree it was given', () => {
    const tree = paragraph({ type: 'text', value: 'KAP' });
    const before = structuredClone(tree);
    toHtml(tree, { glossary: [{ term: 'KAP', expansion: 'ketamine-assisted psychotherapy' }], baseUrl: 'https://example.org/' });
    expect(tree).toEqual(before);
  });

  it('renders a citation as superscript links to the sources, each named "source N", its number kept apart from the word', () => {
    const tree = paragraph(
      { type: 'text', value: 'Relief came fast' },
      { type: 'citation', ids: ['feder-2021'], numbers: [1] },
      { type: 'text', value: '. It faded' },
      { type: 'citation', ids: ['kew-2023', 'feder-2021'], numbers: [2, 1] },
      { type: 'text', value: '.' },
    );
    expect(toHtml(tree)).toBe(
      '<p>Relief came fast<sup class="citation"><a href="#source-1" aria-label="source 1">[1]</a></sup>. It faded' +
        '<sup class="citation"><a href="#source-2" aria-label="source 2">[2]</a><a href="#source-1" aria-label="source 1">[1]</a></sup>.</p>',
    );
  });

  it("makes a citation's links absolute against the base URL, as feeds need", () => {
    const tree = paragraph({ type: 'citation', ids: ['a'], numbers: [3] });
    expect(toHtml(tree, { baseUrl: 'https://example.org/articles/this/' })).toBe(
      '<p><sup class="citation"><a href="https://example.org/articles/this/#source-3" aria-label="source 3">[3]</a></sup></p>',
    );
  });
});

describe('toSourcesTree', () => {
  const sources = [
    {
      number: 2,
      authors: 'Kew BM, et al.',
      title: 'Ketamine and psychotherapy: systematic review',
      publication: 'BJPsych Open',
      year: 2023,
      href: 'https://example.org/kew',
    },
    {
      number: 1,
      authors: 'Feder A, et al.',
      title: 'Is it a trial?',
      publication: 'American Journal of Psychiatry',
      year: 2021,
      href: 'https://doi.org/10.1176/x',
    },
  ];

  it('lists the sources in number order, each with its id, authors, linked title, publication and year', () => {
    expect(toHtml(toSourcesTree(sources))).toBe(
      [
        '<ol>',
        '<li id="source-1">Feder A, et al. <a href="https://doi.org/10.1176/x">Is it a trial?</a> American Journal of Psychiatry, 2021.</li>',
        '<li id="source-2">Kew BM, et al. <a href="https://example.org/kew">Ketamine and psychotherapy: systematic review</a>. BJPsych Open, 2023.</li>',
        '</ol>',
      ].join('\n'),
    );
  });

  it('makes an empty tree of no sources', () => {
    expect(toSourcesTree([])).toEqual({ type: 'root', children: [] });
  });
});

describe('describeReview', () => {
  it('names the reviewer, credentials and dates in words, and says plainly when there is no review', () => {
    expect(describeReview({ reviewer: 'Alex Fixture', credentials: 'MD, psychiatrist', date: '2026-11-02', nextDue: '2027-11-02' })).toBe(
      'Reviewed by Alex Fixture, MD, psychiatrist, on 2 November 2026. Next review due by 2 November 2027.',
    );
    expect(describeReview(undefined)).toBe('This article has not yet been reviewed by a clinician.');
  });
});
