import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { type ToHastOptions, toHast } from './to-hast.js';
import type { Tree } from './types.js';

/** Options for {@link toHtml}: the same as for {@link toHast}. */
export type ToHtmlOptions = ToHastOptions;

const stringifier = unified().use(rehypeStringify);

/**
 * Turns an article's mdast tree into an HTML fragment: the article HTML of the web
 * channel, with heading ids and the first use of each abbreviation marked.
 */
export function toHtml(tree: Tree, options: ToHtmlOptions = {}): string {
  return stringifier.stringify(toHast(tree, options));
}
