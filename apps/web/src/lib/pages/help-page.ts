import type { Content } from '@kap/content-compiler/types';
import { crisisActions } from '../crisis-actions.js';
import { homeCrumb, renderPage } from '../layout.js';
import { renderNotice } from '../render-notice.js';
import { pageSlugs, webPaths } from '../web-paths.js';
import { contentPage } from './content-page.js';

/**
 * The HTML of the help page every footer links to, at {@link webPaths.help}: the page
 * content/pages/help.md writes, or the crisis notice alone when there is none. Either way
 * it starts with links that call or text 988 in one tap.
 */
export function helpPage(content: Content): string {
  const page = content.pages.find((candidate) => candidate.slug === pageSlugs.help);
  if (page) return contentPage(content, page, { lead: [crisisActions()] });
  const { crisis } = content.notices;
  return renderPage(content, {
    path: webPaths.help,
    title: crisis.title,
    description: crisis.title,
    breadcrumbs: [homeCrumb],
    main: [renderNotice(crisis, { id: 'crisis-help', className: 'notice-crisis', level: 1, aside: false, after: [crisisActions()] })],
  });
}
