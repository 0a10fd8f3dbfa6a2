import { absoluteUrl, sitePaths } from '@kap/content';
import type { ArticleMeta, Content } from '@kap/content-compiler/types';
import { memoized, type PartsMemo } from '@kap/render';
import { newestDay } from './lib/dates.js';
import { feedArticles, pageArticles } from './lib/feed-articles.js';
import { feedPaths } from './lib/feed-paths.js';
import { renderItemContent } from './lib/render-item-content.js';
import { stripForbiddenCharacters as clean } from './lib/strip-forbidden-characters.js';
import { feedContentPart } from './to-feed-parts.js';
import type { FeedCategory, FeedHistory, FeedItem, FeedModel, FeedUrls } from './types.js';

export { defaultFeedLimit } from './lib/feed-articles.js';

/** Options for {@link toFeedModel}. */
export interface ToFeedModelOptions {
  /** A topic slug: the feed then holds only that topic's articles. Unset for the whole site. */
  topic?: string;
  /**
   * The newest articles the subscription feed holds, and the articles of every archive page.
   * Readers fetch feeds often: a full-text feed of every article grows without bound. Changing
   * it cuts every archive page anew, so it is chosen once for the life of a site.
   */
  limit?: number;
  /**
   * An archive page, from 1 for the oldest articles up to {@link countArchivePages}: the
   * model is then that page's. Unset for the subscription feed.
   */
  page?: number;
  /**
   * Rendered item content by article, shared by the feeds of one build so each article is
   * rendered once, and kept between builds by a publisher.
   */
  memo?: PartsMemo;
}

// Names the program that wrote the feed, in RSS and Atom `generator`.
const feedGenerator = '@kap/feed';

/** How many complete archive pages a feed has: the whole site's, or one topic's. */
export function countArchivePages(content: Content, options: Pick<ToFeedModelOptions, 'topic' | 'limit'> = {}): number {
  return feedArticles(content, options).pages;
}

/**
 * Builds the one model every feed format is written from: the subscription feed of the
 * whole site or of one topic (its newest articles), or one of its archive pages. Throws
 * when the topic or the page is unknown, or when no article exists to date the feed.
 */
export function toFeedModel(content: Content, options: ToFeedModelOptions = {}): FeedModel {
  const { site } = content;
  const feed = feedArticles(content, options);
  const { topic, pages } = feed;
  const { page } = options;
  if (page !== undefined && !(Number.isInteger(page) && page >= 1 && page <= pages)) {
    const expected = pages === 0 ? 'no page: the feed has no complete archive page yet' : `a page from 1 to ${pages}`;
    throw new Error(`toFeedModel: expected ${expected}, got ${JSON.stringify(page)}`);
  }
  const articles = page === undefined ? feed.articles.slice(0, feed.limit) : pageArticles(feed, page);

  const topicTitles = new Map(content.topics.map((entry) => [entry.slug, entry.title]));
  const topicScheme = absoluteUrl(site, sitePaths.topics);
  const categories = (article: ArticleMeta): FeedCategory[] => [
    ...article.topics.map((slug) => ({ term: clean(slug), label: clean(topicTitles.get(slug) ?? slug), scheme: topicScheme })),
    ...[...new Set(article.tags)].map((tag) => ({ term: clean(tag), label: clean(tag) })),
  ];
  const contentHtml = (article: ArticleMeta) =>
    memoized(options.memo, article.slug, feedContentPart, () => renderItemContent(content, article));

  const items = articles.map((article): FeedItem => {
    const url = absoluteUrl(site, sitePaths.article(article.slug));
    return {
      id: url,
      url,
      title: clean(article.title),
      summary: clean(article.description),
      contentHtml: contentHtml(article),
      published: article.published,
      modified: article.modified,
      author: clean(site.author),
      categories: categories(article),
    };
  });

  // An empty topic still needs a date that moves only with the content: the site's newest.
  const updated = newestDay(items.map((item) => item.modified)) ?? newestDay(content.articles.map((article) => article.modified));
  if (updated === undefined) {
    throw new Error('toFeedModel: expected at least one published article to date the feed, got none');
  }

  const urls = (number?: number): FeedUrls => {
    const paths = feedPaths(topic?.slug, number);
    return { rss: absoluteUrl(site, paths.rss), atom: absoluteUrl(site, paths.atom), jsonFeed: absoluteUrl(site, paths.jsonFeed) };
  };
  const current = urls();
  // A page links only to pages whose number it knows from its own: the one before, and the
  // one after, which may not be complete yet. So nothing on a page depends on newer articles.
  const history: FeedHistory =
    page === undefined
      ? { archive: false, complete: pages === 0, current, ...(pages > 0 ? { prevArchive: urls(pages) } : {}) }
      : { archive: true, complete: false, current, ...(page > 1 ? { prevArchive: urls(page - 1) } : {}), nextArchive: urls(page + 1) };

  return {
    title: clean(topic ? `${site.title}: ${topic.title}` : site.title),
    description: clean(topic ? topic.description : site.description),
    language: clean(site.language),
    homePageUrl: absoluteUrl(site, topic ? sitePaths.topic(topic.slug) : sitePaths.home),
    feedUrls: page === undefined ? current : urls(page),
    history,
    author: clean(site.author),
    generator: feedGenerator,
    updated,
    items,
  };
}
