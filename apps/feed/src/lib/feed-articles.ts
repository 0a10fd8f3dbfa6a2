import type { ArticleMeta, Content, Topic } from '@kap/content-compiler/types';

/** How many of the newest articles a feed holds unless told otherwise, and so how many an archive page holds. */
export const defaultFeedLimit = 50;

/** The articles of one feed, newest first, and how many of them a document holds. */
export interface FeedArticles {
  /** The topic of a topic feed; undefined for the whole site's. */
  topic: Topic | undefined;
  /** Newest first, as the content package orders them. */
  articles: readonly ArticleMeta[];
  limit: number;
  /** Archive pages that are complete: each holds `limit` articles, the oldest first on page 1. */
  pages: number;
}

/**
 * The articles of the whole site's feed, or of one topic's. Throws when the topic is
 * unknown or the limit is not a whole number above 0.
 */
export function feedArticles(content: Content, options: { topic?: string | undefined; limit?: number | undefined }): FeedArticles {
  const topic = options.topic === undefined ? undefined : content.topics.find((entry) => entry.slug === options.topic);
  if (options.topic !== undefined && !topic) {
    const known = content.topics.map((entry) => entry.slug).join(', ');
    throw new Error(`toFeedModel: expected a topic slug (one of ${known}), got ${JSON.stringify(options.topic)}`);
  }
  const limit = options.limit ?? defaultFeedLimit;
  if (!Number.isInteger(limit) || limit < 1) {
    throw new Error(`toFeedModel: expected a limit that is a whole number above 0, got ${JSON.stringify(limit)}`);
  }
  const articles = topic ? topicArticles(content.articles, topic.slug) : content.articles;
  return { topic, articles, limit, pages: Math.floor(articles.length / limit) };
}

// A topic's articles, found once per list of articles: every document of a topic's feed asks.
const byTopic = new WeakMap<readonly ArticleMeta[], Map<string, readonly ArticleMeta[]>>();

function topicArticles(articles: readonly ArticleMeta[], topic: string): readonly ArticleMeta[] {
  let topics = byTopic.get(articles);
  if (!topics) {
    topics = new Map();
    byTopic.set(articles, topics);
  }
  let found = topics.get(topic);
  if (!found) {
    found = articles.filter((article) => article.topics.includes(topic));
    topics.set(topic, found);
  }
  return found;
}

/**
 * The articles of archive page `page`, newest first. Pages are cut from the oldest article
 * on, `limit` to a page, so a page holds the same articles however many are published
 * after it; the newest articles, which do not fill a page yet, are only in the
 * subscription feed.
 */
export function pageArticles(feed: FeedArticles, page: number): readonly ArticleMeta[] {
  const end = feed.articles.length - (page - 1) * feed.limit;
  return feed.articles.slice(end - feed.limit, end);
}
