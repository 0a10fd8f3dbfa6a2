/**
 * Rendered pieces of the pages that list articles, by article: kept by a publisher
 * between builds, so an unchanged article's piece is not rendered again for every list.
 * Whoever keeps it must forget an article's pieces when anything they are made from
 * changes: the article itself, or the settings every page shares.
 */
export interface PartsMemo {
  get(slug: string, part: string): string | undefined;
  set(slug: string, part: string, value: string): void;
}

/** The piece from the memo, or made now and kept there. */
export function memoized(memo: PartsMemo | undefined, slug: string, part: string, make: () => string): string {
  const kept = memo?.get(slug, part);
  if (kept !== undefined) return kept;
  const value = make();
  memo?.set(slug, part, value);
  return value;
}

/** A memo that lives as long as it is held: for the pieces shared within one build. */
export function createPartsMemo(): PartsMemo {
  const parts = new Map<string, string>();
  return {
    get: (slug, part) => parts.get(`${slug}\0${part}`),
    set: (slug, part, value) => void parts.set(`${slug}\0${part}`, value),
  };
}
