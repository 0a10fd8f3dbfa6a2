import type { Content } from '@kap/content-compiler/types';
import { createPartsMemo, type PartsMemo } from '@kap/render';
import { fileFor } from '@kap/site-files';
import { feedArticles, pageArticles } from './lib/feed-articles.js';
import { feedPaths } from './lib/feed-paths.js';
import { toAtom } from './to-atom.js';
import { toFeedModel } from './to-feed-model.js';
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
  /**
   * Asked of each feed document set (the subscription feed and each archive page) before it
   * is built: true when the caller still has its files from an earlier build of the same
   * articles and settings, so they are not built again. Its files are made from nothing
   * else (see {@link ArchivePage}).
   */
  keepPage?: (page: ArchivePage) => boolean;
}

/** One feed's subscription document or archive page, as a publisher that keeps files between builds sees it. */
export interface ArchivePage {
  /** Its files, one per format, as site file paths: `feed-archive/1/feed.xml` and the others. */
  files: string[];
  /**
   * Its articles' slugs, newest first. With the settings every feed shares (site, topics,
   * notices, glossary), the page's place and {@link ArchivePage.also}, they are all its files are made from.
   */
  slugs: string[];
  /** Anything else its files show: for a subscription feed, how many archive pages it points back to. */
  also?: string;
}

// The site file of each format of the subscription feed, or of archive page `page`.
function filesOf(topic: string | undefined, page?: number): [rss: string, atom: string, jsonFeed: string] {
  const paths = feedPaths(topic, page);
  return [fileFor(paths.rss), fileFor(paths.atom), fileFor(paths.jsonFeed)];
}

// The three documents of one model.
function documents(model: FeedModel, [rss, atom, jsonFeed]: ReturnType<typeof filesOf>): SiteFile[] {
  return [
    { path: rss, contents: toRss(model) },
    { path: atom, contents: toAtom(model) },
    { path: jsonFeed, contents: toJsonFeed(model) },
  ];
}

/**
 * Builds every feed of the site: RSS, Atom and JSON Feed for the whole site at the root,
 * and the same three for each topic under `topics/<slug>/`, each followed by its archive
 * pages, oldest first, but those `keepPage` keeps. Pure: the same content gives the same
 * files, byte for byte, and an archive page gives the same bytes however many articles are
 * published after it.
 */
export function buildFeeds(content: Content, options: BuildFeedsOptions = {}): SiteFile[] {
  return [...buildFeedFiles(content, options)];
}

/**
 * The files of {@link buildFeeds}, in the same order, each built when it is asked for: the
 * archive pages hold every article, so a publisher writes them out one by one rather than
 * holding them all.
 */
export function* buildFeedFiles(content: Content, options: BuildFeedsOptions = {}): Generator<SiteFile, void, undefined> {
  // Shared by every feed of the build, so each article is rendered once.
  const memo = options.memo ?? createPartsMemo();
  const limit = options.limit === undefined ? {} : { limit: options.limit };
  for (const topic of [undefined, ...content.topics.map((entry) => entry.slug)]) {
    const feed = { ...(topic === undefined ? {} : { topic }), ...limit, memo };
    const articles = feedArticles(content, feed);
    const newest = articles.articles.slice(0, articles.limit).map((article) => article.slug);
    const subscription = { files: filesOf(topic), slugs: newest, also: `${articles.pages} archive pages` };
    if (!options.keepPage?.(subscription)) yield* documents(toFeedModel(content, feed), filesOf(topic));
    for (let page = 1; page <= articles.pages; page++) {
      const slugs = pageArticles(articles, page).map((article) => article.slug);
      if (options.keepPage?.({ files: filesOf(topic, page), slugs })) continue;
      yield* documents(toFeedModel(content, { ...feed, page }), filesOf(topic, page));
    }
  }
}
