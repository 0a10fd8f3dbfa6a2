import type { Root } from 'mdast';
import type { Frontmatter, GlossaryEntry, SiteSettings, Topic } from './generated/schema-types.js';

export type { Root as ArticleBody } from 'mdast';
export type { GlossaryEntry, SiteSettings, Topic };

/** One entry of an article's table of contents. */
export interface Heading {
  /** 2 for a section, 3 for a subsection. */
  depth: number;
  /** The heading's plain text. */
  text: string;
  /** The id the web page gives the heading, for `#fragment` links. */
  id: string;
}

/** Everything known about a published article except its body. */
export interface ArticleMeta extends Omit<Frontmatter, 'draft'> {
  /** From the file name: `content/articles/kap-and-ptsd.md` is `kap-and-ptsd`. */
  slug: string;
  /** The newest of `published` and `updated`, as YYYY-MM-DD. */
  modified: string;
  /** Words in the body. */
  wordCount: number;
  /** Minutes to read the body at 200 words a minute, at least 1. */
  readingMinutes: number;
  /** The body's h2 and h3 headings, in order. */
  headings: Heading[];
  /** The opening of the body as plain text, at most about 240 characters. */
  excerpt: string;
  /** True when the article mentions suicide, so every channel shows the crisis notice. */
  needsCrisisNotice: boolean;
}

/** A short fixed text shown in every channel, such as the disclaimer. */
export interface Notice {
  title: string;
  body: Root;
}

/** The notices every channel shows with the same words. */
export interface Notices {
  /** Ends every article. */
  disclaimer: Notice;
  /** Near the top of every article that mentions suicide. */
  crisis: Notice;
}

/** A stand-alone page of the site, such as "About". */
export interface Page {
  slug: string;
  title: string;
  description: string;
  body: Root;
}

/** All published content: what every channel is built from. */
export interface Content {
  site: SiteSettings;
  glossary: GlossaryEntry[];
  topics: Topic[];
  notices: Notices;
  pages: Page[];
  /** Published articles, newest first. Drafts and future-dated articles are absent. */
  articles: ArticleMeta[];
  /** The article's body as an mdast tree without positions. Throws for an unknown slug. */
  getBody(slug: string): Root;
}
