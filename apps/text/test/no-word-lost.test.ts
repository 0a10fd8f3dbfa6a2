import { abbreviationsSaidAsLetters } from '@kap/render';
import type { Nodes, Root } from 'mdast';
import { toString as nodeText } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { built, content } from './helpers.js';

const words = (text: string) => (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) as string[];

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * The changes the text rules make to words, as documented in README.md, applied to the
 * source before comparing. Everything else must appear as written.
 */
const documentedChanges: [RegExp, string | ((...groups: string[]) => string)][] = [
  [/\b(\d{4})-(\d{2})-(\d{2})\b/g, (_, y = '', m = '', d = '') => `${Number(d)} ${months[Number(m) - 1]} ${y}`],
  [/\be\.\s?g\./gi, 'for example'],
  [/\bi\.\s?e\./gi, 'that is'],
  [/\betc\./g, 'and so on'],
  [/\band\/or\b/g, 'or'],
  [/\b24\/7\b/g, 'at any hour'],
  [/&/g, ' and '],
  [/%/g, ' percent'],
  [/~(?=\d)/g, 'about '],
  [/\+/g, ' plus '],
  [/=/g, ' equals '],
];
/**
 * An abbreviation said in words at every use: where the source spells it out itself
 * ("Ketamine-assisted psychotherapy, or KAP, combines"), the edition says the words once
 * ("Ketamine-assisted psychotherapy combines"); its other uses are its words, which the
 * glossary check below accepts.
 */
const saidInWords: [RegExp, string][] = content.glossary
  .filter((entry) => !abbreviationsSaidAsLetters.includes(entry.term))
  .map((entry) => [new RegExp(`(${entry.expansion.replace(/[-\s]+/g, '[-\\s]+')})[,\\s(]+(?:or\\s+)?${entry.term}\\b\\)?`, 'gi'), '$1']);

const changed = (text: string) =>
  [...documentedChanges, ...saidInWords].reduce((result, [pattern, to]) => result.replace(pattern, to as string), text);

/** The words of each paragraph, heading and list item, read with mdast-util-to-string. */
function sourceWords(node: Nodes): string[] {
  if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') return words(changed(nodeText(node)));
  return 'children' in node ? node.children.flatMap((child) => sourceWords(child)) : [];
}

/** The source words in order, each found after the one before; returns the ones not found. */
function lostWords(source: readonly string[], edition: readonly string[], glossary: Map<string, string[]>): string[] {
  const lost: string[] = [];
  let cursor = 0;
  const find = (word: string, from: number) => edition.indexOf(word, from);
  for (const word of source) {
    const at = find(word, cursor);
    // A heading says an abbreviation's words instead of its letters: take the words when
    // they come first, or the letters' next use further on would swallow the text between.
    const replacement = glossary.get(word);
    const wordsFirst = replacement?.[0] !== undefined && find(replacement[0], cursor) >= 0 && (at < 0 || find(replacement[0], cursor) < at);
    if (at >= 0 && !wordsFirst) {
      cursor = at + 1;
      continue;
    }
    if (replacement) {
      let from = cursor;
      const ok = replacement.every((part) => {
        const found = find(part, from);
        if (found >= 0) from = found + 1;
        return found >= 0;
      });
      if (ok) {
        cursor = from;
        continue;
      }
    }
    if (at >= 0) {
      cursor = at + 1;
      continue;
    }
    lost.push(`${word} (after "${edition.slice(Math.max(0, cursor - 6), cursor).join(' ')}")`);
  }
  return lost;
}

describe('no word lost', () => {
  const glossary = new Map(content.glossary.map((entry) => [entry.term.toLowerCase(), words(entry.expansion)]));

  it.each(content.articles.map((article) => [article.slug] as const))('every word of %s is in its text edition, in order', (slug) => {
    const text = built(`text/${slug}.txt`);
    // The body lies between the contents list and the closing lists: the frame's own words do not count.
    const lines = text.split('\n');
    const contents = lines.findIndex((line) => line.startsWith('This article has '));
    const bodyStart = lines.findIndex((line, index) => index > contents && line === '');
    const bodyEnd = lines.findIndex((line) => line === 'Links in this article.' || line === `${content.notices.disclaimer.title}.`);
    const edition = words(lines.slice(bodyStart, bodyEnd).join('\n'));
    const source = sourceWords(content.getBody(slug) as Root);
    expect(source.length).toBeGreaterThan(800);
    expect(lostWords(source, edition, glossary)).toEqual([]);
  });

  it('applies the documented changes to the source before comparing', () => {
    expect(words(changed('On 2025-03-12, e.g. rest & talk, 50% and/or ~3 hours, 24/7.'))).toEqual(
      words('On 12 March 2025, for example rest and talk, 50 percent or about 3 hours, at any hour.'),
    );
    expect(words(changed('Ketamine-assisted psychotherapy, or KAP, combines. Ketamine assisted psychotherapy (KAP) helps.'))).toEqual(
      words('Ketamine-assisted psychotherapy combines. Ketamine assisted psychotherapy helps.'),
    );
  });

  it('notices a lost word, so the check above can fail', () => {
    expect(lostWords(words('calm and safe'), words('calm safe'), new Map())).toEqual(['and (after "calm")']);
    expect(lostWords(words('What KAP is'), words('What ketamine assisted psychotherapy is'), glossary)).toEqual([]);
  });
});
