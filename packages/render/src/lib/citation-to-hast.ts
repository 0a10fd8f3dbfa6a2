import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Citation } from '../types.js';

/** The id of a source's entry in a list of sources: what a citation of it links to. */
export const sourceId = (number: number): string => `source-${number}`;

/**
 * A citation as superscript numbers, each a link to its source's entry, named "source 1"
 * for people who do not see the superscript: `<sup class="citation"><a href="#source-1"
 * aria-label="source 1">[1]</a></sup>`. The brackets are inside the link, so a screen
 * reader says only its name; they keep the number apart from the word before it wherever
 * the superscript is lost, as in a feed reader or copied text ("studies[1]", not "studies1").
 */
export function citationToHast(_state: unknown, node: Citation): Element {
  const links = node.numbers.map(
    (number): ElementContent => h('a', { href: `#${sourceId(number)}`, ariaLabel: `source ${number}` }, `[${number}]`),
  );
  return h('sup.citation', links);
}
