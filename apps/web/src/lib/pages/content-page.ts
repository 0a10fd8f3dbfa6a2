import type { Content, Page } from '@kap/content-compiler/types';
import { toHast } from '@kap/render';
import { h } from 'hastscript';
import { renderPage } from '../layout.js';
import { treeChildren } from '../tree-children.js';
import { pagePath } from '../web-paths.js';

/** The HTML of a stand-alone page from content/pages, such as the about page, at `/<slug>/`. */
export function contentPage(content: Content, page: Page): string {
  const path = pagePath(page.slug);
  return renderPage(content, {
    path,
    title: page.title,
    description: page.description || content.site.description,
    main: [
      h('div.intro', [h('h1', page.title), page.description ? h('p.summary', page.description) : undefined]),
      h('div.article-body', treeChildren(toHast(page.body, { glossary: content.glossary }))),
    ],
  });
}
