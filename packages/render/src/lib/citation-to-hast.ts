import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Citation } from '../types.js';

/** The id of a source's entry in a list of sources: what a citation of it links to. */
export const sourceId = (number: number): string => `source-${number}`;

/**
 * A citation as superscript numbers, each a link to its source's entry, named "source 1"
 * for people who do not see the superscript: `<sup class="citation"><a href="#source-1"
 * aria-label="source 1">1</a></sup>`, several numbers joined by commas.
 */
export function citationToHast(_state: unknown, node: Citation): Element {
  const links = node.numbers.flatMap((number, index): ElementContent[] => [
    ...(index > 0 ? [{ type: 'text' as const, value: ', ' }] : []),
    h('a', { href: `#${sourceId(number)}`, ariaLabel: `source ${number}` }, String(number)),
  ]);
  return h('sup.citation', links);
}
