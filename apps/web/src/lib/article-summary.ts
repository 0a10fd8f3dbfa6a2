import type { ArticleMeta, Content } from '@kap/content';
import type { Element } from 'hast';
import { h } from 'hastscript';
import { readingTime } from './reading-time.js';
import { renderTime } from './render-time.js';
import { topicLinks } from './topic-links.js';
import { sitePaths } from './web-paths.js';

/** One article in a list: its title as a link, its dates, its summary and its topics. */
export function articleSummary(content: Content, article: ArticleMeta, level: 2 | 3): Element {
  const changed = article.updated ? ['. Updated ', renderTime(article.updated)] : [];
  return h('li', [
    h('article.article-summary', [
      h(`h${level}`, [h('a', { href: sitePaths.article(article.slug) }, article.title)]),
      h('p.meta', ['Published ', renderTime(article.published), ...changed, `. ${readingTime(article.readingMinutes)} to read.`]),
      h('p', article.description),
      h('div.summary-topics', [h('span.label', 'Topics:'), ' ', topicLinks(content, article.topics)]),
    ]),
  ]);
}
