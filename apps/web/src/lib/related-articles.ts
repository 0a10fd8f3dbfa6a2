import type { ArticleMeta } from '@kap/content-compiler/types';

/** How many related articles an article page lists at most. */
export const relatedLimit = 3;

/**
 * The articles that share a topic with `article`: those that share the most topics
 * first, then those published closest in time to it, then the newer, then by slug; at
 * most {@link relatedLimit}. The order never depends on the order they are given in, so
 * the first few of any set that holds them are the same: a publisher may pass only those.
 *
 * Closest in time rather than newest: a new article then joins the lists of the few
 * articles published near it, not of every article on its topics, so publishing it
 * changes few pages.
 */
export function relatedArticles(articles: readonly ArticleMeta[], article: ArticleMeta): ArticleMeta[] {
  const topics = new Set(article.topics);
  const day = dayOf(article.published);
  return articles
    .filter((other) => other.slug !== article.slug)
    .map((other) => ({
      other,
      shared: other.topics.filter((topic) => topics.has(topic)).length,
      distance: Math.abs(dayOf(other.published) - day),
    }))
    .filter(({ shared }) => shared > 0)
    .sort(
      (a, b) =>
        b.shared - a.shared ||
        a.distance - b.distance ||
        compare(b.other.published, a.other.published) ||
        compare(a.other.slug, b.other.slug),
    )
    .slice(0, relatedLimit)
    .map(({ other }) => other);
}

// Days since 1970 of a YYYY-MM-DD date.
function dayOf(isoDate: string): number {
  return Date.parse(`${isoDate}T00:00:00Z`) / 86_400_000;
}

// Plain code-unit order: ISO dates and slugs sort the same on every machine, whatever its locale.
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
