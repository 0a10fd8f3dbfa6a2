import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Options for {@link makeCorpus}. */
export interface MakeCorpusOptions {
  /** How many articles to write. */
  articles: number;
  /** The folder to create: a complete content folder, usable as CONTENT_DIR. */
  dir: string;
  /** The real content folder, whose settings, topics, glossary and notices are copied. */
  settingsFrom: string;
  seed?: number;
}

const words = (
  'calm care change clinic session therapy feeling memory support healing research study people patient ' +
  'doctor sleep stress trust safety progress pattern insight dose week month year body mind brain habit ' +
  'family friend partner question answer plan goal step path help hope rest walk talk listen learn notice ' +
  'gentle steady careful clear honest quiet simple small slow open kind strong early later often rarely'
).split(' ');
const topics = ['ptsd', 'depression', 'long-term-outcomes', 'integration'];

// The one source every generated article cites, as the real articles list theirs.
const source = [
  'references:',
  '  - id: kew-2023',
  '    authors: Kew BM, Porter RJ, Douglas KM, Glue P, Mentzel CL, Beaglehole B',
  '    title: "Ketamine and psychotherapy for the treatment of psychiatric disorders: systematic review"',
  '    publication: BJPsych Open',
  '    year: 2023',
  '    url: https://www.cambridge.org/core/journals/bjpsych-open/article/ketamine-and-psychotherapy-for-the-treatment-of-psychiatric-disorders-systematic-review/97614770DE6BC7846763FE19801D412D',
];

/** A small, fast, seeded generator: the same seed gives the same corpus on every machine. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The slug of the corpus article number `index`. */
export const corpusSlug = (index: number) => `article-${String(index).padStart(5, '0')}`;

/**
 * Writes a deterministic corpus of valid articles, 600 to 900 words each, with h2 and h3
 * headings, paragraphs with emphasis and links to other articles, and lists.
 */
export function makeCorpus(options: MakeCorpusOptions): void {
  const next = random(options.seed ?? 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const sentence = (length: number) => {
    const parts = Array.from({ length }, () => pick(words));
    return `${parts.join(' ').replace(/^./, (c) => c.toUpperCase())}.`;
  };
  const paragraph = (index: number, count: { words: number }) => {
    const sentences = Array.from({ length: 3 + Math.floor(next() * 3) }, () => sentence(8 + Math.floor(next() * 8)));
    const first = sentences[0] ?? '';
    sentences[0] = first.replace(/ (\w+)/, ' *$1*');
    if (next() < 0.4 && options.articles > 1) {
      const other = corpusSlug((index + 1 + Math.floor(next() * (options.articles - 1))) % options.articles);
      sentences.push(`Read [the related ${pick(words)} article](/articles/${other}/) too.`);
    }
    const text = sentences.join(' ');
    count.words += text.split(/\s+/).length;
    return text;
  };

  mkdirSync(join(options.dir, 'articles'), { recursive: true });
  for (const name of ['site.yaml', 'topics.yaml', 'glossary.yaml', 'notices']) {
    cpSync(join(options.settingsFrom, name), join(options.dir, name), { recursive: true });
  }
  for (let index = 0; index < options.articles; index++) {
    const target = 600 + Math.floor(next() * 150);
    const count = { words: 0 };
    // Ten minutes apart from 1 January 2020: 100,000 articles end in 2021, all published.
    const day = new Date(Date.UTC(2020, 0, 1) + index * 600_000).toISOString().slice(0, 10);
    // Generated text speaks of research ("study" is among the words), so it cites a source.
    const blocks = ['Ketamine-assisted psychotherapy, or KAP, is the subject of this generated article [@kew-2023].', ''];
    count.words += 11;
    let section = 0;
    while (count.words < target) {
      section++;
      blocks.push(`## Section ${section}: ${pick(words)} and ${pick(words)}`, '', paragraph(index, count), '');
      if (section % 2 === 0) blocks.push(`### A closer look at ${pick(words)}`, '', paragraph(index, count), '');
      if (section % 3 === 0) {
        const items = Array.from({ length: 3 + Math.floor(next() * 3) }, () => sentence(4));
        count.words += items.length * 4;
        blocks.push(...items.map((item) => `- ${item}`), '');
      }
      if (count.words < target) blocks.push(paragraph(index, count), '');
    }
    const frontmatter = [
      '---',
      `title: Generated article ${index + 1} about ${pick(words)}`,
      `description: A generated article for the benchmark, about ${pick(words)} and ${pick(words)}.`,
      `published: ${day}`,
      `topics: [${pick(topics)}]`,
      `tags: [${pick(words)}, ${pick(words)}]`,
      ...source,
      '---',
      '',
    ];
    writeFileSync(join(options.dir, 'articles', `${corpusSlug(index)}.md`), [...frontmatter, ...blocks].join('\n'));
  }
}
