import type { Content } from '@kap/content-compiler/types';
import type { PartsMemo } from '@kap/render';
import { h } from 'hastscript';
import { articleSummaryItems } from '../article-summary.js';
import { renderPage } from '../layout.js';
import { organizationJsonLd } from '../organization-json-ld.js';
import { topicLinks } from '../topic-links.js';
import { sitePaths } from '../web-paths.js';

/**
 * The HTML of the home page: every article, newest first, under the heading "Articles"
 * (the site's title is in the header just above), the site's purpose, and the topics.
 */
export function homePage(content: Content, memo?: PartsMemo): string {
  const { site } = content;
  return renderPage(content, {
    path: sitePaths.home,
    description: site.description,
    jsonLd: organizationJsonLd(content),
    main: [
      h('div.intro', [h('h1', 'Articles'), h('p.summary', site.description)]),
      h('ol.article-list', [articleSummaryItems(content, content.articles, memo, 2)]),
      h('section', { ariaLabelledBy: 'browse-topics' }, [
        h('h2#browse-topics', 'Browse by topic'),
        topicLinks(
          content,
          content.topics.map((topic) => topic.slug),
        ),
      ]),
    ],
  });
}
