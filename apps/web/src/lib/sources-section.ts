import type { CitedReference } from '@kap/content-compiler/types';
import { toHast, toSourcesTree } from '@kap/render';
import type { Element } from 'hast';
import { h } from 'hastscript';
import { treeChildren } from './tree-children.js';

/** The id of the heading of a page's sources, for the table of contents. */
export const sourcesHeadingId = 'sources-title';

/**
 * The numbered "Sources" section of an article or page: each entry has the id
 * (`source-1`) its citations link to. None when the page cites nothing.
 */
export function sourcesSection(references: readonly CitedReference[]): Element | undefined {
  if (references.length === 0) return undefined;
  return h('section.sources', { ariaLabelledBy: sourcesHeadingId }, [
    h('h2', { id: sourcesHeadingId }, 'Sources'),
    ...treeChildren(toHast(toSourcesTree(references), { glossary: [] })),
  ]);
}
