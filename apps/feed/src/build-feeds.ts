import type { Content } from '@kap/content-compiler/types';
import { createPartsMemo, type PartsMemo } from '@kap/render';
import { fileFor } from '@kap/site-files';
import { feedPaths } from './lib/feed-paths.js';
import { toAtom } from './to-atom.js';
import { countArchivePages, toFeedModel } from './to-feed-model.js';
import { toJsonFeed } from './to-json-feed.js';
import { toRss } from './to-rss.js';
import type { FeedModel, SiteFile } from './types.js';

/** Options for {@link buildFeeds}. */
export interface BuildFeedsOptions {
  /**
   * Rendered item content by article, kept by a publisher between builds; it must forget an
   * article's content when the article or the settings change. Filled as items render.
   */
  memo?: PartsMemo;
  /** The newest articles each feed holds, and the articles of each archive page: 50 unless told. */
  limit?: number;
}

// The three documents of one model: the subscription feed, or archive page `page`.
function documents(model: FeedModel, topic: string | undefined, page?: number): SiteFile[] {
  const paths = feedPaths(topic, page);
  return [
    { path: fileFor(paths.rss), contents: toRss(model) },
    { path: fileFor(paths.atom), contents: toAtom(model) },
    { path: fileFor(paths.jsonFeed), contents: toJsonFeed(model) },
  ];
}

/**
 * Builds every feed of the site: RSS, Atom and JSON Feed for the whole site at the root,
 * and the same three for each topic under `topics/<slug>/`, each followed by its archive
 * pages, oldest first. Pure: the same content gives the same files, byte for byte, and an
 * archive page gives the same bytes however many articles are published after it.
 */
export function buildFeeds(content: Content, options: BuildFeedsOptions = {}): SiteFile[] {
  // Shared by every feed of the build, so each article is rendered once.
  const memo = options.memo ?? createPartsMemo();
  const limit = options.limit === undefined ? {} : { limit: options.limit };
  const files: SiteFile[] = [];
  for (const topic of [undefined, ...content.topics.map((entry) => entry.slug)]) {
    const feed = { ...(topic === undefined ? {} : { topic }), ...limit, memo };
    files.push(...documents(toFeedModel(content, feed), topic));
    for (let page = 1; page <= countArchivePages(content, feed); page++) {
      files.push(...documents(toFeedModel(content, { ...feed, page }), topic, page));
    }
  }
  return files;
}
