import type { Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { citationToHast } from './lib/citation-to-hast.js';
import { dropUnsafeUrls } from './lib/drop-unsafe-urls.js';
import { markAbbreviations } from './lib/mark-abbreviations.js';
import { resolveUrls } from './lib/resolve-urls.js';
import type { GlossaryEntry, Tree } from './types.js';

/** Options for {@link toHast} and {@link toHtml}. */
export interface ToHastOptions {
  /**
   * Resolve every `href` and `src` against this absolute URL, `#fragment` links too, as
   * feed readers need. Leave unset for the web pages, where links stay as written.
   */
  baseUrl?: string;
  /**
   * Wrap the first use of each abbreviation in `<abbr title="expansion">`. Defaults to
   * the tree's own `data.glossary`; an empty list marks nothing.
   */
  glossary?: readonly GlossaryEntry[];
}

// Raw HTML nodes are never passed through: remark-rehype drops them unless told otherwise.
// A citation has no children for remark-rehype's fallback to render: it has its own handler.
const processor = unified().use(remarkRehype, { handlers: { citation: citationToHast } });

/**
 * Turns an article's mdast tree into a hast tree, safe to embed in a page or a feed.
 * Headings keep the ids the tree gives them (the content package's table of contents);
 * citations become superscript links to `#source-N`, the ids of the list of sources
 * that {@link toSourcesTree} makes.
 */
export function toHast(tree: Tree, options: ToHastOptions = {}): HastRoot {
  const hast = processor.runSync(structuredClone(tree) as MdastRoot) as HastRoot;
  dropUnsafeUrls(hast);
  const glossary = options.glossary ?? tree.data?.glossary;
  if (glossary) markAbbreviations(hast, glossary);
  if (options.baseUrl) resolveUrls(hast, options.baseUrl);
  return hast;
}
