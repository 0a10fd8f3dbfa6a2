export type { SiteFile } from '@kap/site-files';

/** A topic an item belongs to: `term` is the topic's slug, `label` its title. */
export interface FeedCategory {
  term: string;
  label: string;
}

/** One article as every feed format carries it. */
export interface FeedItem {
  /** Permanent id: the article's canonical URL. Never changes once published. */
  id: string;
  /** The article's web page, absolute. */
  url: string;
  title: string;
  /** The article's description, as plain text. */
  summary: string;
  /** Crisis notice (where needed), article body and disclaimer as HTML with absolute URLs. */
  contentHtml: string;
  /** YYYY-MM-DD. */
  published: string;
  /** YYYY-MM-DD: the newest of published and updated. */
  modified: string;
  author: string;
  /** One per topic of the article, in the article's order. */
  categories: FeedCategory[];
}

/** Absolute URLs of the three serialisations of one feed. */
export interface FeedUrls {
  rss: string;
  atom: string;
  jsonFeed: string;
}

/**
 * Everything a feed says, independent of format: {@link toRss}, {@link toAtom} and
 * {@link toJsonFeed} only write it out. Every string is already free of characters XML
 * 1.0 forbids.
 */
export interface FeedModel {
  title: string;
  description: string;
  /** A language tag such as `en`. */
  language: string;
  /** The web page the feed mirrors: the home page, or the topic page. */
  homePageUrl: string;
  feedUrls: FeedUrls;
  /** The site's author, named in every feed and item. */
  author: string;
  generator: string;
  /** YYYY-MM-DD: the newest `modified` of the items, so the same content gives the same bytes. */
  updated: string;
  /** Newest first. */
  items: FeedItem[];
}
