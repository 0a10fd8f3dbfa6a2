import type { Content } from '@kap/content-compiler/types';
import { h } from 'hastscript';
import { homeCrumb, renderPage } from '../layout.js';
import { sitePaths, webPaths } from '../web-paths.js';

/** The HTML of the page that lists every topic with its description and number of articles. */
export function topicsPage(content: Content): string {
  return renderPage(content, {
    path: webPaths.topics,
    title: 'Topics',
    description: `Every topic on ${content.site.title}, with what it covers.`,
    breadcrumbs: [homeCrumb],
    main: [
      h('div.intro', [h('h1', 'Topics')]),
      h(
        'ul.topic-cards',
        content.topics.map((topic) => {
          const count = content.articles.filter((article) => article.topics.includes(topic.slug)).length;
          return h('li', [
            h('h2', [h('a', { href: sitePaths.topic(topic.slug) }, topic.title)]),
            h('p', topic.description),
            h('p.meta', count === 1 ? '1 article' : `${count} articles`),
          ]);
        }),
      ),
    ],
  });
}
