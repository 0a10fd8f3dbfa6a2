import type { Notice } from '@kap/content-compiler/types';
import { toHast } from '@kap/render';
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { treeChildren } from './tree-children.js';

/** Options for {@link renderNotice}. */
export interface RenderNoticeOptions {
  /** The id of the notice's heading, which names the aside. */
  id: string;
  /** The class that styles it: `notice-crisis` or `notice-disclaimer`. */
  className: string;
  /** The heading's level: 2 inside an article, 1 when the notice is the page. */
  level?: 1 | 2;
  /** Whether the notice is an aside beside the page's content (the default) or the content itself. */
  aside?: boolean;
  /** What follows the notice's words inside it, such as links that call or text a crisis line. */
  after?: ElementContent[];
}

/**
 * A notice from the content package as an `<aside>` named by its own heading. The words
 * come from the notice's tree, so they match the feeds and the plain-text edition.
 */
export function renderNotice(notice: Notice, options: RenderNoticeOptions): Element {
  const body = treeChildren(toHast(notice.body));
  const tag = options.aside === false ? 'div' : 'aside';
  return h(`${tag}.notice.${options.className}`, { ariaLabelledBy: options.aside === false ? undefined : options.id }, [
    h(`h${options.level ?? 2}`, { id: options.id }, notice.title),
    ...body,
    ...(options.after ?? []),
  ]);
}
