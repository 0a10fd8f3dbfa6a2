import type { GlossaryEntry } from '@kap/content';
import type { Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { addHeadingIds } from './lib/add-heading-ids.js';
import { dropUnsafeUrls } from './lib/drop-unsafe-urls.js';
import { markAbbreviations } from './lib/mark-abbreviations.js';
import { resolveUrls } from './lib/resolve-urls.js';

/** Options for {@link toHast} and {@link toHtml}. */
export interface ToHastOptions {
  /**
   * Resolve every `href` and `src` against this absolute URL, `#fragment` links too, as
   * feed readers need. Leave unset for the web pages, where links stay as written.
   */
  baseUrl?: string;
  /** Give headings the ids the content package's table of contents uses. */
  headingIds?: boolean;
  /** Wrap the first use of each abbreviation in `<abbr title="expansion">`. */
  glossary?: readonly GlossaryEntry[];
}

// Raw HTML nodes are never passed through: remark-rehype drops them unless told otherwise.
const processor = unified().use(remarkRehype);

/** Turns an article's mdast tree into a hast tree, safe to embed in a page or a feed. */
export function toHast(tree: MdastRoot, options: ToHastOptions = {}): HastRoot {
  const hast = processor.runSync(structuredClone(tree)) as HastRoot;
  dropUnsafeUrls(hast);
  if (options.headingIds) addHeadingIds(hast);
  if (options.glossary) markAbbreviations(hast, options.glossary);
  if (options.baseUrl) resolveUrls(hast, options.baseUrl);
  return hast;
}
