import { absoluteUrl, sitePaths } from '@kap/content';
import type { Content } from '@kap/content-compiler/types';
import { memoized, type PartsMemo } from '@kap/render';
import { newestDay } from './lib/dates.js';
import { renderItemContent } from './lib/render-item-content.js';
import { stripForbiddenCharacters as clean } from './lib/strip-forbidden-characters.js';
import type { FeedItem, FeedModel } from './types.js';

/** Options for {@link toFeedModel}. */
export interface ToFeedModelOptions {
  /** A topic slug: the feed then holds only that topic's articles. Unset for the whole site. */
  topic?: string;
  /** The newest articles a feed holds. Readers fetch feeds often: a full-text feed of every article grows without bound. */
  limit?: number;
  /**
   * Rendered item content by article, shared by the feeds of one build so each article is
   * rendered once, and kept between builds by a publisher.
   */
  memo?: PartsMemo;
}

/** How many of the newest articles a feed holds unless told otherwise. */
export const defaultFeedLimit = 50;

// Names the program that wrote the feed, in RSS and Atom `generator`.
const feedGenerator = '@kap/feed';

/**
 * Builds the one model every feed format is written from: the whole site's articles, or
 * one topic's. Throws when the topic is unknown, or when no article exists to date the feed.
 */
export function toFeedModel(content: Content, options: ToFeedModelOptions = {}): FeedModel {
  const { site } = content;
  const topic = options.topic === undefined ? undefined : content.topics.find((entry) => entry.slug === options.topic);
  if (options.topic !== undefined && !topic) {
    const known = content.topics.map((entry) => entry.slug).join(', ');
    throw new Error(`toFeedModel: expected a topic slug (one of ${known}), got ${JSON.stringify(options.topic)}`);
  }
  const topicTitles = new Map(content.topics.map((entry) => [entry.slug, entry.title]));
  const matching = topic ? content.articles.filter((article) => article.topics.includes(topic.slug)) : content.articles;
  const articles = matching.slice(0, options.limit ?? defaultFeedLimit);
  const contentHtml = (article: (typeof articles)[number], url: string) =>
    memoized(options.memo, article.slug, 'feed-content', () => renderItemContent(content, article, url));

  const items = articles.map((article): FeedItem => {
    const url = absoluteUrl(site, sitePaths.article(article.slug));
    return {
      id: url,
      url,
      title: clean(article.title),
      summary: clean(article.description),
      contentHtml: contentHtml(article, url),
      published: article.published,
      modified: article.modified,
      author: clean(site.author),
      categories: article.topics.map((slug) => ({ term: clean(slug), label: clean(topicTitles.get(slug) ?? slug) })),
    };
  });

  // An empty topic still needs a date that moves only with the content: the site's newest.
  const updated = newestDay(items.map((item) => item.modified)) ?? newestDay(content.articles.map((article) => article.modified));
  if (updated === undefined) {
    throw new Error('toFeedModel: expected at least one published article to date the feed, got none');
  }

  return {
    title: clean(topic ? `${site.title}: ${topic.title}` : site.title),
    description: clean(topic ? topic.description : site.description),
    language: clean(site.language),
    homePageUrl: absoluteUrl(site, topic ? sitePaths.topic(topic.slug) : sitePaths.home),
    feedUrls: {
      rss: absoluteUrl(site, topic ? sitePaths.topicRss(topic.slug) : sitePaths.rss),
      atom: absoluteUrl(site, topic ? sitePaths.topicAtom(topic.slug) : sitePaths.atom),
      jsonFeed: absoluteUrl(site, topic ? sitePaths.topicJsonFeed(topic.slug) : sitePaths.jsonFeed),
    },
    author: clean(site.author),
    generator: feedGenerator,
    updated,
    items,
  };
}
