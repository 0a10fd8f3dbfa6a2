// The compiler's plain types (no zod, no unified), by path so that the declaration
// bundle inlines them and the published declarations stand alone.
import type * as Compiled from '../../content-compiler/src/types.js';
import type { ArticleSlug, PageSlug, TopicSlug } from './data/slugs.js';

export type { ArticleSlug, PageSlug, TopicSlug };

/** A calendar day written as YYYY-MM-DD. {@link toDate} turns it into a `Date`. */
export type IsoDate = Compiled.IsoDate;

/** `T` with every property, array and nested object read-only, as the package hands data out. */
export type DeepReadonly<T> = Compiled.DeepReadonly<T>;

/** One entry of an article's table of contents. */
export type Heading = DeepReadonly<Compiled.Heading>;

/** The site's title, description, language, publisher, author and base URL. */
export type SiteSettings = DeepReadonly<Compiled.SiteSettings>;

/** An abbreviation the articles use, with its expansion. */
export type GlossaryEntry = DeepReadonly<Compiled.GlossaryEntry>;

/** A topic from topics.yaml. */
export type Topic = DeepReadonly<Omit<Compiled.Topic, 'slug'> & { slug: TopicSlug }>;

/** A source an article or page cites, numbered in the order its text first cites it, with `href` to read it at. */
export type CitedReference = DeepReadonly<Compiled.CitedReference>;

/** A recorded clinical review: who (name and credentials), when, and when the next is due. */
export type Review = DeepReadonly<Compiled.Review>;

/**
 * The mdast node a citation in an article body is: `{ type: 'citation', ids, numbers }`,
 * `numbers` being the places of the cited sources in the article's `references`.
 */
export type Citation = DeepReadonly<Compiled.Citation>;

/** Everything known about a published article except its body. */
export type ArticleMeta = DeepReadonly<Omit<Compiled.ArticleMeta, 'slug' | 'topics'> & { slug: ArticleSlug; topics: readonly TopicSlug[] }>;

/**
 * An article's body as an mdast tree without positions: headings carry their ids, and
 * `data.glossary` lists the abbreviations it uses. `@kap/render` turns it into HTML or text.
 */
export type ArticleBody = DeepReadonly<Compiled.ArticleBody>;

/** A short fixed text shown in every channel, such as the disclaimer. */
export type Notice = DeepReadonly<Compiled.Notice>;

/** The disclaimer and the crisis notice. */
export type Notices = DeepReadonly<Compiled.Notices>;

/** A stand-alone page of the site, such as "about". */
export type Page = DeepReadonly<Omit<Compiled.Page, 'slug'> & { slug: PageSlug }>;

/** All published content at once, each body loaded: what a channel builds from. */
export interface Content {
  readonly site: SiteSettings;
  readonly glossary: readonly GlossaryEntry[];
  readonly topics: readonly Topic[];
  readonly notices: Notices;
  readonly pages: readonly Page[];
  /** Published articles, newest first. */
  readonly articles: readonly ArticleMeta[];
  /** The body of a published article; throws {@link UnknownSlugError} for another slug. */
  getBody(slug: ArticleSlug): ArticleBody;
}
