import type { Content } from '@kap/content-compiler/types';
import { renderPage } from '../layout.js';
import { renderNotice } from '../render-notice.js';
import { webPaths } from '../web-paths.js';

/**
 * The HTML of the help page every footer links to: the crisis notice alone, with its own
 * title as the page's h1, so the words match the notice at the top of articles.
 */
export function helpPage(content: Content): string {
  const { crisis } = content.notices;
  return renderPage(content, {
    path: webPaths.help,
    title: crisis.title,
    description: crisis.title,
    main: [renderNotice(crisis, { id: 'crisis-help', className: 'notice-crisis', level: 1, aside: false })],
  });
}
