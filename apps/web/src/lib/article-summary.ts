import type { ArticleMeta, Content } from '@kap/content-compiler/types';
import { memoized, type PartsMemo } from '@kap/render';
import type { Element, ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import type { Raw } from 'mdast-util-to-hast';
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

/**
 * The list items of articles, as one piece of HTML: each item is rendered once for each
 * heading level (2 on the home page, 3 on the topic pages), and kept in `memo` between builds.
 */
export function articleSummaryItems(
  content: Content,
  articles: readonly ArticleMeta[],
  memo: PartsMemo | undefined,
  level: 2 | 3 = 3,
): ElementContent {
  const part = level === 3 ? 'web-summary' : `web-summary-h${level}`;
  const html = articles.map((article) => memoized(memo, article.slug, part, () => toHtml(articleSummary(content, article, level))));
  // A raw node (typed by mdast-util-to-hast) holds HTML made just above from escaped values.
  const raw: Raw = { type: 'raw', value: html.join('') };
  return raw;
}
