import type { Content, Topic } from '@kap/content-compiler/types';
import type { PartsMemo } from '@kap/render';
import { h } from 'hastscript';
import { articleSummaryItems } from '../article-summary.js';
import { renderPage } from '../layout.js';
import { sitePaths } from '../web-paths.js';

/** The HTML of one topic's page: its description, its articles and its own feeds. */
export function topicPage(content: Content, topic: Topic, memo?: PartsMemo): string {
  const articles = content.articles.filter((article) => article.topics.includes(topic.slug));
  const feeds = [
    { type: 'application/rss+xml', href: sitePaths.topicRss(topic.slug), title: `${topic.title} (RSS)`, label: 'RSS feed' },
    { type: 'application/atom+xml', href: sitePaths.topicAtom(topic.slug), title: `${topic.title} (Atom)`, label: 'Atom feed' },
    { type: 'application/feed+json', href: sitePaths.topicJsonFeed(topic.slug), title: `${topic.title} (JSON Feed)`, label: 'JSON Feed' },
  ];
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
        h(
          'ul.inline-list',
          feeds.map((feed) => h('li', [h('a', { href: feed.href }, feed.label)])),
        ),
      ]),
    ],
    alternates: feeds.map(({ type, href, title }) => ({ type, href, title })),
  });
}
