import type { Content } from '@kap/content-compiler/types';
import { h } from 'hastscript';
import { renderPage } from '../layout.js';
import { sitePaths, webPaths } from '../web-paths.js';

/** The HTML of the page a server shows for an address that has no page. */
export function notFoundPage(content: Content): string {
  return renderPage(content, {
    path: webPaths.notFound,
    title: 'Page not found',
    description: 'There is no page at this address.',
    noindex: true,
    main: [
      h('div.intro', [h('h1', 'Page not found')]),
      h('p', 'There is no page at this address. It may have moved, or the address may have a typing mistake.'),
      h('ul', [
        h('li', [h('a', { href: sitePaths.home }, 'Go to the list of articles')]),
        h('li', [h('a', { href: webPaths.topics }, 'Browse the topics')]),
      ]),
    ],
  });
}
