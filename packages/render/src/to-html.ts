import { toHtml as hastToHtml } from 'hast-util-to-html';
import type { Root as MdastRoot } from 'mdast';
import { type ToHastOptions, toHast } from './to-hast.js';

/** Options for {@link toHtml}: the same as for {@link toHast}. */
export type ToHtmlOptions = ToHastOptions;

/** Turns an article's mdast tree into an HTML fragment. */
export function toHtml(tree: MdastRoot, options: ToHtmlOptions = {}): string {
  return hastToHtml(toHast(tree, options));
}
