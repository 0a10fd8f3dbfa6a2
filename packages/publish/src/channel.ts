import type { ArticleMeta, Content } from '@kap/content-compiler/types';
import type { PartsMemo } from '@kap/render';
import type { SiteFile } from '@kap/site-files';

/**
 * One channel of the site (web pages, feeds, the text edition), as the publisher knows
 * it: it makes the files of each article alone, and the files that list articles. Apps
 * implement it; the publisher imports no app.
 */
export interface Channel {
  /** What its files are called in progress lines, such as "Web pages". */
  readonly name: string;
  /** Starts one publish: `content` is the whole content, its bodies read on demand. */
  start(content: Content): ChannelBuild;
}

/** An article's body as `Content.getBody` gives it. */
type ArticleBodyOf<C extends Content> = ReturnType<C['getBody']>;

/** One channel's part of one publish. */
export interface ChannelBuild {
  /**
   * What an article's own files show of other articles, as text that changes exactly when
   * that does (a web page's related articles, say): part of what decides whether the
   * article's files are made again. Leave it out when they show only the article.
   */
  shownWith?(article: ArticleMeta): string;
  /** The files of one article alone, and its pieces of the listings, by part name. */
  articleFiles(article: ArticleMeta, body: ArticleBodyOf<Content>): ArticleFiles;
  /** The files that list articles: each article's pieces come from `memo`, made there when missing. */
  listingFiles(options: ListingOptions): Iterable<SiteFile>;
}

/** What {@link ChannelBuild.articleFiles} makes. */
export interface ArticleFiles {
  files: SiteFile[];
  /** Pieces of the listings that need the body, kept by the publisher for {@link ListingOptions.memo}. */
  parts?: Record<string, string>;
}

/** Options for {@link ChannelBuild.listingFiles}. */
export interface ListingOptions {
  /** Each article's pieces of the listings, kept between publishes while the article is unchanged. */
  memo: PartsMemo;
  /**
   * Asked before making files that list only `slugs` (and show `also`, anything else they are
   * made from besides the settings), at these paths: true when the last output's copies are
   * kept, as they were made from the same, so the channel skips them (a topic's page, a
   * feed's archive pages, which together hold every article).
   */
  reuse(files: readonly string[], slugs: readonly string[], also?: string): boolean;
}

/** The site a publish makes: its channels. */
export interface SiteConfig {
  channels: readonly Channel[];
}
