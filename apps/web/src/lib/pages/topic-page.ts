import type { Content, Topic } from '@kap/content-compiler/types';
import type { PartsMemo } from '@kap/render';
import { h } from 'hastscript';
import { articleSummaryItems } from '../article-summary.js';
import { feedAlternates, topicFeedList } from '../feeds.js';
import { homeCrumb, renderPage } from '../layout.js';
import { sitePaths, webPaths } from '../web-paths.js';
import { topicFeedsId } from './subscribe-page.js';

/** The HTML of one topic's page: its description, its articles, and where to follow it in a feed reader. */
export function topicPage(content: Content, topic: Topic, memo?: PartsMemo): string {
  const articles = content.articles.filter((article) => article.topics.includes(topic.slug));
  return renderPage(content, {
    path: sitePaths.topic(topic.slug),
    title: topic.title,
    description: topic.description,
    main: [
      h('div.intro', [h('h1', topic.title), h('p.summary', topic.description)]),
      h('section', { ariaLabelledBy: 'topic-articles' }, [
        h('h2#topic-articles', articles.length === 1 ? '1 article' : `${articles.length} articles`),
        articles.length > 0
          ? h('ol.article-list', [articleSummaryItems(content, articles, memo)])
          : h('p', 'There are no articles on this topic yet.'),
      ]),
      h('section', { ariaLabelledBy: 'topic-feeds' }, [
        h('h2#topic-feeds', `Follow ${topic.title}`),
        h('p', [
          'A feed reader app can tell you when a new article on this topic is published. ',
          h('a', { href: `${webPaths.subscribe}#${topicFeedsId(topic.slug)}` }, `How to subscribe to ${topic.title}`),
        ]),
      ]),
    ],
    breadcrumbs: [homeCrumb, { label: 'Topics', path: webPaths.topics }],
    section: webPaths.topics,
    alternates: feedAlternates(topic.title, topicFeedList(topic)),
  });
}
