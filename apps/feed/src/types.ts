export type { SiteFile } from '@kap/site-files';

/**
 * A category of an item: one of the site's topics, or one of the article's tags. A topic's
 * `term` is its slug, its `label` its title, and its `scheme` the absolute URL of the site's
 * topics page; a tag is its own term and label, with no scheme. The scheme is what keeps
 * the two apart where a format can say it (RSS `domain`, Atom `scheme`).
 */
export interface FeedCategory {
  term: string;
  label: string;
  scheme?: string;
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
  /** One per topic of the article, then one per tag, each in the article's order. */
  categories: FeedCategory[];
}

/** Absolute URLs of the three serialisations of one feed. */
export interface FeedUrls {
  rss: string;
  atom: string;
  jsonFeed: string;
}

/**
 * Where one document of a feed stands in the feed's history (RFC 5005, Feed Paging and
 * Archiving). The subscription feed holds the newest articles; older ones are on archive
 * pages, numbered from 1 for the oldest, each holding the same number of articles and
 * never changing once written.
 */
export interface FeedHistory {
  /** True on an archive page (`fh:archive`); false on the subscription feed. */
  archive: boolean;
  /**
   * True when the subscription feed holds every article of the feed, so no archive page
   * exists (`fh:complete`): a reader then knows it has the whole history.
   */
  complete: boolean;
  /** The subscription feed (`rel="current"`): the same feed's live document. */
  current: FeedUrls;
  /** The next older archive page (`rel="prev-archive"`; JSON Feed `next_url`), if there is one. */
  prevArchive?: FeedUrls;
  /**
   * The next newer archive page (`rel="next-archive"`), on archive pages only. On the newest
   * page it names the page that is not complete yet, so no page changes when it is.
   */
  nextArchive?: FeedUrls;
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
  /** This document's own addresses, in each format: the subscription feed's, or an archive page's. */
  feedUrls: FeedUrls;
  history: FeedHistory;
  /** The site's author, named in every feed and item. */
  author: string;
  generator: string;
  /** YYYY-MM-DD: the newest `modified` of the items, so the same content gives the same bytes. */
  updated: string;
  /** Newest first. */
  items: FeedItem[];
}
