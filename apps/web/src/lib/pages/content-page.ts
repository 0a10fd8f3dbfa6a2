import type { Content, Page } from '@kap/content-compiler/types';
import { toHast } from '@kap/render';
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import { homeCrumb, renderPage } from '../layout.js';
import { sourcesSection } from '../sources-section.js';
import { treeChildren } from '../tree-children.js';
import { pagePath } from '../web-paths.js';

/** Options for {@link contentPage}. */
export interface ContentPageOptions {
  /** What comes between the title and the page's words, such as links to call or text a crisis line. */
  lead?: ElementContent[];
}

/**
 * The HTML of a stand-alone page from content/pages, such as the about page, at its
 * {@link pagePath}: its title, summary, words and, when it cites any, its sources.
 */
export function contentPage(content: Content, page: Page, options: ContentPageOptions = {}): string {
  const path = pagePath(page.slug);
  return renderPage(content, {
    path,
    title: page.title,
    description: page.description || content.site.description,
    breadcrumbs: [homeCrumb],
    main: [
      h('div.intro', [h('h1', page.title), page.description ? h('p.summary', page.description) : undefined]),
      ...(options.lead ?? []),
      h('div.article-body', treeChildren(toHast(page.body, { glossary: content.glossary }))),
      ...(page.references.length > 0 ? [sourcesSection(page.references) as ElementContent] : []),
    ],
  });
}
