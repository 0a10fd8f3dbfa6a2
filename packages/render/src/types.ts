import type { Root, RootData } from 'mdast';

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
