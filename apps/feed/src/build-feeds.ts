import { sitePaths } from '@kap/content';
import type { Content } from '@kap/content-compiler/types';
import { createPartsMemo, type PartsMemo } from '@kap/render';
import { fileFor } from '@kap/site-files';
import { toAtom } from './to-atom.js';
import { toFeedModel } from './to-feed-model.js';
import { toJsonFeed } from './to-json-feed.js';
import { toRss } from './to-rss.js';
import type { SiteFile } from './types.js';

/** Options for {@link buildFeeds}. */
export interface BuildFeedsOptions {
  /**
   * Rendered item content by article, kept by a publisher between builds; it must forget an
   * article's content when the article or the settings change. Filled as items render.
   */
  memo?: PartsMemo;
}

/**
 * Builds every feed of the site: RSS, Atom and JSON Feed for the whole site at the root,
 * and the same three for each topic under `topics/<slug>/`. Pure: the same content gives
 * the same files, byte for byte.
 */
export function buildFeeds(content: Content, options: BuildFeedsOptions = {}): SiteFile[] {
  // Shared by every feed of the build, so each article is rendered once.
  const memo = options.memo ?? createPartsMemo();
  const site = toFeedModel(content, { memo });
  const files: SiteFile[] = [
    { path: fileFor(sitePaths.rss), contents: toRss(site) },
    { path: fileFor(sitePaths.atom), contents: toAtom(site) },
    { path: fileFor(sitePaths.jsonFeed), contents: toJsonFeed(site) },
  ];
  for (const topic of content.topics) {
    const model = toFeedModel(content, { topic: topic.slug, memo });
    files.push(
      { path: fileFor(sitePaths.topicRss(topic.slug)), contents: toRss(model) },
      { path: fileFor(sitePaths.topicAtom(topic.slug)), contents: toAtom(model) },
      { path: fileFor(sitePaths.topicJsonFeed(topic.slug)), contents: toJsonFeed(model) },
    );
  }
  return files;
}
