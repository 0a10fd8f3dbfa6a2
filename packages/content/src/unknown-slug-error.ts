/** The kinds of slug the package looks up. */
export type SlugKind = 'article' | 'topic' | 'page';

/**
 * Thrown when a lookup names a slug that the published content does not have. Test for
 * it with `instanceof` or by its `code`, `'ERR_KAP_UNKNOWN_SLUG'`.
 */
export class UnknownSlugError extends Error {
  readonly code = 'ERR_KAP_UNKNOWN_SLUG';
  readonly kind: SlugKind;
  readonly slug: string;

  constructor(kind: SlugKind, slug: string) {
    super(`No published ${kind} has the slug ${JSON.stringify(slug)}`);
    this.name = 'UnknownSlugError';
    this.kind = kind;
    this.slug = slug;
  }
}
