import type { Data, Node, Root, RootData } from 'mdast';

/** An abbreviation and its words, as `@kap/content`'s glossary gives them. */
export interface GlossaryEntry {
  readonly term: string;
  readonly expansion: string;
}

/** `T` with every array and nested object read-only. */
export type DeepReadonly<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends readonly (infer Item)[]
    ? readonly DeepReadonly<Item>[]
    : T extends object
      ? { readonly [Key in keyof T]: DeepReadonly<T[Key]> }
      : T;

/**
 * An mdast tree to render, such as an article body from `@kap/content`: read-only (the
 * renderers never change it, and the content package freezes it). Headings may carry
 * ids in `data.hProperties.id`; `data.glossary` on the root lists the abbreviations the
 * tree uses, which the renderers mark (HTML) or spell out (text) unless told otherwise.
 */
export type Tree = DeepReadonly<Root & { data?: (RootData & { glossary?: readonly GlossaryEntry[] | undefined }) | undefined }>;

/**
 * A citation of sources in a tree, as `@kap/content` writes it for `[@feder-2021]`:
 * `numbers` are the places of the cited sources in the list of sources, which every
 * renderer links or names (`#source-1` on the web, "source 1" in the text edition).
 */
export interface Citation extends Node {
  type: 'citation';
  /** The ids of the cited references, as the author wrote them. */
  ids: string[];
  /** The number of each cited source in the list of sources, in the order of `ids`. */
  numbers: number[];
  data?: Data | undefined;
}

// Citations sit where text does, so mdast's own types accept them in any tree. @kap/content-compiler
// declares the same node: where both are seen (the apps), TypeScript requires the two to agree.
declare module 'mdast' {
  interface PhrasingContentMap {
    citation: Citation;
  }
  interface RootContentMap {
    citation: Citation;
  }
}

/** A source in a list of sources: what its entry shows, and where it is read. */
export interface Source {
  /** Its place in the list, from 1: what citations of it show. */
  readonly number: number;
  readonly authors: string;
  readonly title: string;
  /** The journal, or the publisher or site. */
  readonly publication: string;
  readonly year: number;
  /** An absolute address: `https://doi.org/...` or the source's own https address. */
  readonly href: string;
}

/** A recorded clinical review of an article. */
export interface Review {
  /** The clinician, by name. */
  readonly reviewer: string;
  readonly credentials: string;
  /** When the review was done, as YYYY-MM-DD. */
  readonly date: string;
  /** When the next review is due, as YYYY-MM-DD. */
  readonly nextDue: string;
}
