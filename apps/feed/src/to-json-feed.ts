import { rfc3339 } from './lib/dates.js';
import type { FeedModel } from './types.js';

/** Options for {@link toJsonFeed}: none yet; the model decides everything. */
export type ToJsonFeedOptions = Record<string, never>;

/**
 * Writes a feed model as JSON Feed 1.1: https://www.jsonfeed.org/version/1.1/ JSON Feed
 * pages with `next_url` alone, "the next n items": from the subscription feed to the
 * newest archive page, and from each page to the one before it. `feed_url` is the
 * subscription feed's on every page, as it is the feed's identifier; a page's own address
 * is the `next_url` that led to it. Categories are `tags`, plain strings: topics' titles,
 * then tags, as JSON Feed has no scheme to tell them apart.
 */
export function toJsonFeed(model: FeedModel, _options: ToJsonFeedOptions = {}): string {
  const { history } = model;
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: model.title,
    home_page_url: model.homePageUrl,
    feed_url: history.current.jsonFeed,
    ...(history.prevArchive ? { next_url: history.prevArchive.jsonFeed } : {}),
    description: model.description,
    language: model.language,
    authors: [{ name: model.author }],
    items: model.items.map((item) => ({
      id: item.id,
      url: item.url,
      title: item.title,
      summary: item.summary,
      content_html: item.contentHtml,
      date_published: rfc3339(item.published),
      date_modified: rfc3339(item.modified),
      tags: [...new Set(item.categories.map((category) => category.label))],
    })),
  };
  return `${JSON.stringify(feed, null, 2)}\n`;
}
