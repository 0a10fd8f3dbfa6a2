import type { Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { createTextState, crisisPointerTree, TextRenderError, toSourcesTree, toText, toTextContents } from '../src/index.js';

const text = (value: string): PhrasingContent => ({ type: 'text', value });
const p = (...children: (PhrasingContent | string)[]): Paragraph => ({
  type: 'paragraph',
  children: children.map((child) => (typeof child === 'string' ? text(child) : child)),
});
const root = (...children: RootContent[]): Root => ({ type: 'root', children });
const say = (line: string, options = {}) => toText(root(p(line)), options);
const h = (depth: 1 | 2 | 3 | 4, title: string): RootContent => ({ type: 'heading', depth, children: [text(title)] });
const item = (...children: RootContent[]) => ({ type: 'listItem' as const, spread: false, children: children as never[] });
const glossary = [
  { term: 'PTSD', expansion: 'post-traumatic stress disorder' },
  { term: 'KAP', expansion: 'ketamine-assisted psychotherapy' },
];

describe('toText handlers', () => {
  it('puts a paragraph on one line, its soft line breaks and hard breaks turned into spaces', () => {
    const tree = root(p('One line\nof a wrapped', { type: 'break' }, 'paragraph.'));
    expect(toText(tree)).toBe('One line of a wrapped paragraph.');
  });

  it('separates paragraphs with one blank line', () => {
    expect(toText(root(p('First.'), p('Second.')))).toBe('First.\n\nSecond.');
  });

  it('reads emphasis, strong, deleted text and inline code as their words, without symbols', () => {
    const tree = root(
      p(
        { type: 'emphasis', children: [text('calm')] },
        ' and ',
        { type: 'strong', children: [text('safe')] },
        ' and ',
        { type: 'delete', children: [text('gone')] },
        ' and ',
        { type: 'inlineCode', value: 'dose' },
        '.',
      ),
    );
    expect(toText(tree)).toBe('calm and safe and gone and dose.');
  });

  it('writes headings as sentences with their place, two blank lines before and one after', () => {
    const tree = root(p('Intro.'), h(2, 'First'), p('A.'), h(3, 'Detail'), p('B.'), h(3, 'More detail'), h(2, 'Second?'), p('C.'));
    expect(toText(tree)).toBe(
      [
        'Intro.',
        '',
        '',
        'Section 1 of 2. First.',
        '',
        'A.',
        '',
        '',
        'Section 1, part 1 of 2. Detail.',
        '',
        'B.',
        '',
        '',
        'Section 1, part 2 of 2. More detail.',
        '',
        '',
        'Section 2 of 2. Second?',
        '',
        'C.',
      ].join('\n'),
    );
  });

  it('names deeper headings as points of a part, and gives an h1 no place', () => {
    const tree = root(h(1, 'Title'), h(2, 'A'), h(3, 'B'), h(4, 'C'), h(4, 'D'));
    expect(toText(tree).split('\n').filter(Boolean)).toEqual([
      'Title.',
      'Section 1 of 1. A.',
      'Section 1, part 1 of 1. B.',
      'Section 1, part 1, point 1 of 2. C.',
      'Section 1, part 1, point 2 of 2. D.',
    ]);
  });

  it('spells abbreviations out in headings every time, keeping acronyms out of them', () => {
    const tree = root(h(2, 'What PTSD is'), p('PTSD is common.'), h(2, 'Post-traumatic stress disorder, or PTSD, and KAP'));
    expect(toText(tree, { glossary })).toBe(
      [
        'Section 1 of 2. What post-traumatic stress disorder is.',
        'Post-traumatic stress disorder, or PTSD, is common.',
        '\nSection 2 of 2. Post-traumatic stress disorder and ketamine-assisted psychotherapy.',
      ].join('\n\n'),
    );
  });

  it('introduces an unordered list with its count and starts each item with a hyphen', () => {
    const tree = root({ type: 'list', ordered: false, spread: false, children: [item(p('sleep')), item(p('calm'))] });
    expect(toText(tree)).toBe('This list has 2 items.\n- sleep.\n- calm.');
  });

  it('numbers an ordered list from its start, and says "1 item" for one', () => {
    const tree = root({ type: 'list', ordered: true, start: 3, spread: false, children: [item(p('Call.'))] });
    expect(toText(tree)).toBe('This list has 1 item.\n3. Call.');
  });

  it('flattens a nested list into the list around it, in reading order, and counts every item', () => {
    const nested: RootContent = { type: 'list', ordered: false, spread: false, children: [item(p('apples')), item(p('pears'))] };
    const tree = root({ type: 'list', ordered: false, spread: false, children: [item(p('fruit'), nested), item(p('bread'))] });
    expect(toText(tree)).toBe('This list has 4 items.\n- fruit.\n- apples.\n- pears.\n- bread.');
  });

  it('runs a lead-in that ends with a colon into the first item, with the count before its last sentence', () => {
    const list: RootContent = { type: 'list', ordered: false, spread: false, children: [item(p('rest')), item(p('talk'))] };
    expect(toText(root(p('Sessions are short. You may:'), list))).toBe(
      'Sessions are short. This list has 2 items. You may\n- rest.\n- talk.',
    );
    expect(toText(root(p('You may:'), list))).toBe('This list has 2 items. You may\n- rest.\n- talk.');
  });

  it('marks a task list item as done or not done', () => {
    const tree = root({
      type: 'list',
      ordered: false,
      spread: false,
      children: [
        { ...item(p('book')), checked: true },
        { ...item(p('pay')), checked: false },
      ],
    });
    expect(toText(tree)).toBe('This list has 2 items.\n- Done, book.\n- Not done, pay.');
  });

  it('keeps link words in the sentence and gathers absolute addresses, each once, for the closing list', () => {
    const state = createTextState();
    const link = (url: string, words: string): PhrasingContent => ({ type: 'link', url, children: [text(words)] });
    const tree = root(
      p('See ', link('/articles/a/#why', 'the first article'), ' and ', link('https://x.example/?utm_source=feed&id=2', 'this page'), '.'),
      p('Again, ', link('/articles/a/', 'that article'), '.'),
    );
    expect(toText(tree, { baseUrl: 'https://site.example/', state })).toBe('See the first article and this page.\n\nAgain, that article.');
    expect(state.links).toEqual([
      { label: 'The first article.', url: 'https://site.example/articles/a/' },
      { label: 'This page.', url: 'https://x.example/?id=2' },
    ]);
  });

  it('lists no address for unsafe links or links within the page, and keeps their words', () => {
    const state = createTextState();
    const tree = root(
      p({ type: 'link', url: 'javascript:alert(1)', children: [text('Click')] }, ' ', {
        type: 'link',
        url: '#top',
        children: [text('top')],
      }),
    );
    expect(toText(tree, { state })).toBe('Click top');
    expect(state.links).toEqual([]);
  });

  it('never puts an address in the sentence when the link words are the address', () => {
    const state = createTextState();
    const tree = root(p('Visit ', { type: 'link', url: 'https://www.samhsa.gov/', children: [text('samhsa.gov')] }, '.'));
    expect(toText(tree, { state })).toBe('Visit the web address in the list of links at the end.');
    expect(state.links).toEqual([{ label: 'Web address.', url: 'https://www.samhsa.gov/' }]);
  });

  it('says a known address in words in its sentence, and still lists it at the end', () => {
    const state = createTextState();
    const link = (url: string, words: string): PhrasingContent => ({ type: 'link', url, children: [text(words)] });
    const tree = root(
      p('Elsewhere, the ', link('https://findahelpline.com', 'Find a Helpline directory'), ' lists lines.'),
      p('Chat at ', link('https://988lifeline.org/', '988lifeline.org'), '.'),
    );
    expect(toText(tree, { state, hotlines: [] })).toBe(
      'Elsewhere, the Find a Helpline directory, at find a helpline dot com, lists lines.\n\nChat at nine eight eight lifeline dot org.',
    );
    expect(state.links.map((link) => link.url)).toEqual(['https://findahelpline.com/', 'https://988lifeline.org/']);
    expect(toText(tree, { addressWords: new Map(), hotlines: [] })).toBe(
      'Elsewhere, the Find a Helpline directory lists lines.\n\nChat at the web address in the list of links at the end.',
    );
  });

  it('reads the crisis pointer as one line that says the directory address in words and lists it', () => {
    const state = createTextState();
    expect(toText(crisisPointerTree(), { state })).toBe(
      'If you need help now, call or text 988, that is nine eight eight, in the United States to reach the 988 Suicide and Crisis Lifeline, at any hour. In other countries, the Find a Helpline directory, at find a helpline dot com, lists free and confidential lines.',
    );
    expect(state.links).toEqual([{ label: 'Find a Helpline directory.', url: 'https://findahelpline.com/' }]);
  });

  it('reads a citation as its source numbers between commas, never in brackets', () => {
    const cite = (...numbers: number[]): PhrasingContent => ({ type: 'citation', ids: numbers.map(String), numbers });
    expect(toText(root(p('Relief came fast', cite(1), '. It faded', cite(2, 1), '. Reviews agree', cite(3, 4, 5), ', mostly.')))).toBe(
      'Relief came fast, source 1. It faded, sources 2 and 1. Reviews agree, sources 3, 4 and 5, mostly.',
    );
    expect(toText(root(p(cite(1), ' Opening words.')))).toBe('source 1, Opening words.');
  });

  it('reads a list of sources as a numbered list in words, their addresses gathered for the closing list', () => {
    const state = createTextState();
    const tree = toSourcesTree([
      {
        number: 1,
        authors: 'Feder A, et al.',
        title: 'A trial of ketamine: results',
        publication: 'American Journal of Psychiatry',
        year: 2021,
        href: 'https://doi.org/10.1176/x',
      },
      { number: 2, authors: 'Kew BM', title: 'A review?', publication: 'BJPsych Open', year: 2023, href: 'https://example.org/kew' },
    ]);
    expect(toText(tree, { state })).toBe(
      [
        'This list has 2 items.',
        '1. Feder A, et al. A trial of ketamine. Results. American Journal of Psychiatry, 2021.',
        '2. Kew BM. A review? BJPsych Open, 2023.',
      ].join('\n'),
    );
    expect(state.links).toEqual([
      { label: 'A trial of ketamine. Results.', url: 'https://doi.org/10.1176/x' },
      { label: 'A review?', url: 'https://example.org/kew' },
    ]);
  });

  it('reads an image as its alternative text and lists no address for it', () => {
    const state = createTextState();
    const tree = root(p('Look: ', { type: 'image', url: '/a.png', alt: 'a calm room' }));
    expect(toText(tree, { state })).toBe('Look. A calm room');
    expect(state.links).toEqual([]);
  });

  it('frames a blockquote with words instead of a quote symbol', () => {
    const tree = root({ type: 'blockquote', children: [p('I felt lighter.')] });
    expect(toText(tree)).toBe('This is a quotation.\n\nI felt lighter.\n\nEnd of quotation.');
  });

  it('keeps a code block exactly as written, one line to a line, after a line that says what it is', () => {
    const tree = root({ type: 'code', value: 'dose = 0.5 mg/kg\n\nif (a < b) { x_y = 2*3; } # c' });
    expect(toText(tree)).toBe('Code, 2 lines.\ndose = 0.5 mg/kg\nif (a < b) { x_y = 2*3; } # c');
  });

  it('keeps inline code exactly as written, while the prose around it follows the word rules', () => {
    const tree = root(p('Set ', { type: 'inlineCode', value: 'max_dose_mg = 2*3 <b> #x \\y' }, ' to 5-10 mg.'));
    expect(toText(tree)).toBe('Set max_dose_mg = 2*3 <b> #x \\y to 5 to 10 mg.');
  });

  it('never loses a word to a symbol it does not voice: the symbol becomes a space or its words', () => {
    expect(say('Dose 2*3 mg, max_dose_mg, a <b> tag, #hashtag, back\\slash, 5 > 3.')).toBe(
      'Dose 2 times 3 mg, max dose mg, a b tag, hashtag, back slash, 5 more than 3.',
    );
  });

  it('drops thematic breaks, raw HTML, definitions and frontmatter, which have no words to read', () => {
    const tree = root(
      p('Before.'),
      { type: 'thematicBreak' },
      { type: 'html', value: '<hr>' },
      { type: 'definition', identifier: 'a', url: 'https://a.example/' },
      { type: 'yaml', value: 'title: x' },
      p('After.'),
    );
    expect(toText(tree)).toBe('Before.\n\nAfter.');
  });

  it('reads a table as a count and one line per row that names each column', () => {
    const cell = (value: string) => ({ type: 'tableCell' as const, children: [text(value)] });
    const row = (...values: string[]) => ({ type: 'tableRow' as const, children: values.map(cell) });
    const tree = root({ type: 'table', children: [row('Dose', 'Time'), row('low', '1-2 hours'), row('high', '')] });
    expect(toText(tree)).toBe(
      'This table has 2 rows, with the columns Dose and Time.\nRow 1. Dose, low. Time, 1 to 2 hours.\nRow 2. Dose, high. Time, empty.',
    );
  });

  it('reads footnote definitions as paragraphs and drops footnote markers', () => {
    const tree = root(p('Claim', { type: 'footnoteReference', identifier: '1' }, '.'), {
      type: 'footnoteDefinition',
      identifier: '1',
      children: [p('Source.')],
    });
    expect(toText(tree)).toBe('Claim.\n\nSource.');
  });

  it('reads an unknown node through its children', () => {
    const tree = root({ type: 'callout', children: [p('Inside a callout.')] } as never);
    expect(toText(tree)).toBe('Inside a callout.');
  });

  it('throws a named, located error for an unknown node without children', () => {
    const tree = root(
      p('Fine.', { type: 'inlineMath', value: 'x^2', position: { start: { line: 4, column: 7 }, end: { line: 4, column: 12 } } } as never),
    );
    expect(() => toText(tree)).toThrow(TextRenderError);
    expect(() => toText(tree)).toThrow(
      /^root\.children\[0\]\.children\[1\] \(line 4, column 7\): cannot read a "inlineMath" node aloud: it has no text handler and no children\. Expected a node with children or one of: .*paragraph/,
    );
  });
});

describe('toText word rules', () => {
  it('writes punctuation a screen reader would voice as words', () => {
    expect(say('Sessions last 1-2 hours, or 5\u201310 minutes.')).toBe('Sessions last 1 to 2 hours, or 5 to 10 minutes.');
    expect(say('Ketamine\u2014a medicine\u2014acts fast \u2013 often.')).toBe('Ketamine, a medicine, acts fast, often.');
    expect(say('Therapy and/or rest, calm/quiet, 0.5 mg/kg, 24/7.')).toBe(
      'Therapy or rest, calm or quiet, 0.5 milligrams per kilogram, at any hour.',
    );
    expect(say('Trust & safety, 50% of people, ~3 hours, #2.')).toBe('Trust and safety, 50 percent of people, about 3 hours, number 2.');
    expect(say('Feelings (e.g. grief) and habits, i.e. patterns.')).toBe('Feelings, for example, grief, and habits, that is, patterns.');
    expect(say('Sleep, food, etc. Then rest.')).toBe('Sleep, food, and so on. Then rest.');
    expect(say('It helps [sometimes] a lot.')).toBe('It helps, sometimes, a lot.');
    expect(say('Wait\u2026 then go...')).toBe('Wait. then go.');
  });

  it('turns a colon between two parts into a full stop and a capital, never a comma splice', () => {
    expect(say('Picture it this way: ketamine may open a door.')).toBe('Picture it this way. Ketamine may open a door.');
    expect(say('They listed concerns: abuse, misuse and slowed breathing.')).toBe(
      'They listed concerns. Abuse, misuse and slowed breathing.',
    );
    expect(say('People ask the same thing: what happens when the sessions end?')).toBe(
      'People ask the same thing. What happens when the sessions end?',
    );
  });

  it('drops a colon after a word that leaves the sentence waiting, and makes it a comma before a quotation', () => {
    expect(say('A common question is: what happens next?')).toBe('A common question is what happens next?');
    expect(say('Effects such as: sleepiness and nausea.')).toBe('Effects such as sleepiness and nausea.');
    expect(say('She said: "I felt lighter."')).toBe('She said, "I felt lighter."');
    expect(say('What it feels like: a dream. Plan A: rest.')).toBe('What it feels like. A dream. Plan A. Rest.');
  });

  it('keeps times and ratios, ends a line that ends with a colon, and turns semicolons into sentences', () => {
    expect(say('Doors open at 10:30, a ratio of 1:2.')).toBe('Doors open at 10:30, a ratio of 1:2.');
    expect(say('Bring these:')).toBe('Bring these.');
    expect(say('It is slow; it is steady.')).toBe('It is slow. It is steady.');
  });

  it('keeps quotation marks as straight double quotes in pairs, with the comma of quoted speech before a quoted sentence', () => {
    expect(say('It\u2019s asking \u201CWhat is wrong with me?\u201D and \u201CWhat happened?\u201D')).toBe(
      'It\'s asking, "What is wrong with me?" and "What happened?"',
    );
    expect(say('The word "safe" matters.')).toBe('The word "safe" matters.');
    expect(say('Some call it a \u2018trip\u2019, not the patients\u2019 word.')).toBe('Some call it a "trip", not the patients\' word.');
  });

  it('drops a quotation mark that has no pair, since it marks nothing', () => {
    expect(say('He said "stop and rest.')).toBe('He said stop and rest.');
  });

  it('drops decoration and emoji', () => {
    expect(say('\u2022 Calm \u2605 \u{1F642} *now*')).toBe('Calm now');
    expect(say('Step one \u2192 step two.')).toBe('Step one to step two.');
  });

  it('writes ISO dates in words and leaves impossible dates alone', () => {
    expect(say('Reviewed 2025-03-12.')).toBe('Reviewed 12 March 2025.');
    expect(say('Not 2025-02-30.')).toBe('Not 2025-02-30.');
  });

  it('spells an abbreviation that engines say as letters out on first use only, with commas', () => {
    expect(toText(root(p('PTSD can last. PTSD is common.'), p('With PTSD, too.')), { glossary })).toBe(
      'Post-traumatic stress disorder, or PTSD, can last. PTSD is common.\n\nWith PTSD, too.',
    );
  });

  it('says any other abbreviation in its words at every use, so that no engine reads it as a word', () => {
    expect(say('KAP helps. In KAP, you rest. Ask about KAP\u2019s aims.', { glossary })).toBe(
      "Ketamine-assisted psychotherapy helps. In ketamine-assisted psychotherapy, you rest. Ask about ketamine-assisted psychotherapy's aims.",
    );
    expect(say('KAP helps. KAP works.', { glossary, saidAsLetters: ['KAP'] })).toBe(
      'Ketamine-assisted psychotherapy, or KAP, helps. KAP works.',
    );
    expect(say('PTSD lasts.', { glossary, saidAsLetters: [] })).toBe('Post-traumatic stress disorder lasts.');
  });

  it('does not say the words twice when the source spells an abbreviation out itself', () => {
    expect(say('Post-traumatic stress disorder, or PTSD, is common. PTSD lasts.', { glossary })).toBe(
      'Post-traumatic stress disorder, or PTSD, is common. PTSD lasts.',
    );
    expect(say('Ketamine-assisted psychotherapy, or KAP, combines doses with therapy.', { glossary })).toBe(
      'Ketamine-assisted psychotherapy combines doses with therapy.',
    );
    expect(say('Ketamine Assisted Psychotherapy (KAP): Patient Data.', { glossary })).toBe(
      'Ketamine Assisted Psychotherapy. Patient Data.',
    );
  });

  it('keeps the comma of a citation after an abbreviation said in words', () => {
    const rems = [{ term: 'REMS', expansion: 'Risk Evaluation and Mitigation Strategy' }];
    const tree = root(
      p('A program called a Risk Evaluation and Mitigation Strategy, or REMS', { type: 'citation', ids: ['a'], numbers: [4] }, '.'),
    );
    expect(toText(tree, { glossary: rems })).toBe('A program called a Risk Evaluation and Mitigation Strategy, source 4.');
  });

  it('shares first uses across calls through one state, so each term is spelled out once per file', () => {
    const state = createTextState();
    expect(say('PTSD.', { glossary, state })).toBe('Post-traumatic stress disorder, or PTSD.');
    expect(say('PTSD.', { glossary, state })).toBe('PTSD.');
  });

  it('adds the spoken digits of a hotline number once: 988, that is nine eight eight', () => {
    const state = createTextState();
    expect(say('Call or text 988 to reach the 988 Lifeline.', { state })).toBe(
      'Call or text 988, that is nine eight eight, to reach the 988 Lifeline.',
    );
    expect(say('Text 988.', { state })).toBe('Text 988.');
    expect(say('In the UK call 116 123.')).toBe('In the UK call 116 123, that is one one six, one two three.');
    expect(say('Call 9881.')).toBe('Call 9881.');
  });

  it('leaves hotline numbers alone when told of none', () => {
    expect(say('Call 988.', { hotlines: [] })).toBe('Call 988.');
  });
});

describe('toTextContents', () => {
  it('lists the section titles as the headings speak them', () => {
    const tree = root(p('Intro.'), h(2, 'What KAP is'), h(3, 'Detail'), h(2, 'Risks: what to know'));
    expect(toTextContents(tree, { glossary })).toEqual(['What ketamine-assisted psychotherapy is.', 'Risks. What to know.']);
  });
});
