import type { Data, Node, Root, RootData } from 'mdast';
import type { Frontmatter, GlossaryEntry, IsoDate, Reference, Review, SiteSettings, Topic } from './generated/schema-types.js';

export type { GlossaryEntry, IsoDate, Reference, Review, SiteSettings, Topic };

/**
 * A citation of one or more sources, written `[@feder-2021]` or `[@feder-2021; @kew-2023]`
 * in the Markdown. The compiler replaces the written form with this node, so every
 * channel renders it from the tree: `numbers` are the sources' places in the article's
 * list of sources, in the order of `ids`.
 */
export interface Citation extends Node {
  type: 'citation';
  /** The ids of the cited references, as written. */
  ids: string[];
  /** The number of each cited reference, in the order of `ids`. */
  numbers: number[];
  data?: Data | undefined;
}

// Citations sit where text does, so mdast's own types accept them in any tree. @kap/render
// declares the same node: where both are seen (the apps), TypeScript requires the two to agree.
declare module 'mdast' {
  interface PhrasingContentMap {
    citation: Citation;
  }
  interface RootContentMap {
    citation: Citation;
  }
}

/** A reference as every channel shows it: numbered in the order the text first cites it. */
export interface CitedReference extends Reference {
  /** Its number in the list of sources, from 1: what its citations show. */
  number: number;
  /** Where it is read: `https://doi.org/<doi>` for a DOI, else its `url`. */
  href: string;
}

/**
 * An article's body: an mdast tree without positions. Headings carry the ids of the
 * table of contents (`data.hProperties.id`), and the root lists the glossary entries the
 * body uses (`data.glossary`), so a renderer needs nothing else to mark them.
 */
export interface ArticleBody extends Root {
  data?: (RootData & { glossary?: readonly GlossaryEntry[] | undefined }) | undefined;
}

/** A body as the channels and consumers get it: read-only, and frozen by the content package. */
export type ReadonlyBody = DeepReadonly<ArticleBody>;

/**
 * `T` with every array and nested object read-only: how data is handed to the channels
 * and to consumers, who read it and never change it.
 */
export type DeepReadonly<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends readonly (infer Item)[]
    ? readonly DeepReadonly<Item>[]
    : T extends object
      ? { readonly [Key in keyof T]: DeepReadonly<T[Key]> }
      : T;

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
export interface ArticleMeta extends Omit<Frontmatter, 'draft' | 'topics' | 'tags' | 'references' | 'review'> {
  /** Slugs from topics.yaml. */
  topics: readonly string[];
  tags: readonly string[];
  /** From the file name: `content/articles/kap-and-ptsd.md` is `kap-and-ptsd`. */
  slug: string;
  /** The newest of `published` and `updated`. */
  modified: IsoDate;
  /** Words in the body. */
  wordCount: number;
  /** Minutes to read the body at 200 words a minute, at least 1. */
  readingMinutes: number;
  /** The body's h2 and h3 headings, in order. */
  headings: readonly Heading[];
  /** The opening of the body as plain text, at most about 240 characters. */
  excerpt: string;
  /** True when the article mentions suicide, so every channel shows the crisis notice. */
  needsCrisisNotice: boolean;
  /** The sources the body cites, in the order of their first citation, numbered from 1. */
  references: readonly CitedReference[];
  /**
   * The last recorded clinical review. Absent when no clinician has reviewed the article:
   * every channel then says so plainly.
   */
  review?: Review;
}

/** A short fixed text shown in every channel, such as the disclaimer. */
export interface Notice {
  title: string;
  body: ReadonlyBody;
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
  body: ReadonlyBody;
  /** The sources the page cites, numbered in the order of their first citation. */
  references: readonly CitedReference[];
}

/** All published content: what every channel is built from. */
export interface Content {
  site: SiteSettings;
  glossary: readonly GlossaryEntry[];
  topics: readonly Topic[];
  notices: Notices;
  pages: readonly Page[];
  /** Published articles, newest first. Drafts and future-dated articles are absent. */
  articles: readonly ArticleMeta[];
  /** The article's body as an mdast tree without positions. Throws for an unknown slug. */
  getBody(slug: string): ReadonlyBody;
}
