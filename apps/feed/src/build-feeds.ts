import { type Content, sitePaths } from '@kap/content';
import { fileFor } from '@kap/site-files';
import { toAtom } from './to-atom.js';
import { toFeedModel } from './to-feed-model.js';
import { toJsonFeed } from './to-json-feed.js';
import { toRss } from './to-rss.js';
import type { SiteFile } from './types.js';

/** Options for {@link buildFeeds}. */
export interface BuildFeedsOptions {
  /**
   * Rendered item content by slug, kept by a caller that builds again and again (the dev
   * watcher), which removes the entries of the articles that changed. Filled as items render.
   */
  renderedContent?: Map<string, string>;
}

/**
 * Builds every feed of the site: RSS, Atom and JSON Feed for the whole site at the root,
 * and the same three for each topic under `topics/<slug>/`. Pure: the same content gives
 * the same files, byte for byte.
 */
export function buildFeeds(content: Content, options: BuildFeedsOptions = {}): SiteFile[] {
  const renderedContent = options.renderedContent ?? new Map<string, string>();
  const site = toFeedModel(content, { renderedContent });
  const files: SiteFile[] = [
    { path: fileFor(sitePaths.rss), contents: toRss(site) },
    { path: fileFor(sitePaths.atom), contents: toAtom(site) },
    { path: fileFor(sitePaths.jsonFeed), contents: toJsonFeed(site) },
  ];
  for (const topic of content.topics) {
    const model = toFeedModel(content, { topic: topic.slug, renderedContent });
    files.push(
      { path: fileFor(sitePaths.topicRss(topic.slug)), contents: toRss(model) },
      { path: fileFor(sitePaths.topicAtom(topic.slug)), contents: toAtom(model) },
      { path: fileFor(sitePaths.topicJsonFeed(topic.slug)), contents: toJsonFeed(model) },
    );
  }
  return files;
}
