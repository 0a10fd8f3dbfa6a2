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
  const day = dayOf(article.published);
  const candidates: Candidate[] = [];
  // Each group of articles with the same topics is searched by date from this article's
  // day outward: a few steps per group, not a look at every article, since a site asks
  // this once for each of its pages.
  for (const group of groupsOf(articles)) {
    let shared = 0;
    for (const topic of group.topics) if (article.topics.includes(topic)) shared++;
    if (shared === 0) continue;
    for (const other of nearest(group.articles, day, article.slug)) {
      candidates.push({ other, shared, distance: Math.abs(dayOf(other.published) - day) });
    }
  }
  return candidates
    .sort(order)
    .slice(0, relatedLimit)
    .map(({ other }) => other);
}

interface Candidate {
  other: ArticleMeta;
  shared: number;
  distance: number;
}

// The order of the list: most shared topics, then closest in time, then newer, then slug.
function order(a: Candidate, b: Candidate): number {
  return (
    b.shared - a.shared || a.distance - b.distance || compare(b.other.published, a.other.published) || compare(a.other.slug, b.other.slug)
  );
}

interface Group {
  topics: readonly string[];
  /** Oldest first. */
  articles: ArticleMeta[];
}

// The groups of one list of articles, made once: every page of a site asks with the same list.
const groupsByList = new WeakMap<readonly ArticleMeta[], Group[]>();

function groupsOf(articles: readonly ArticleMeta[]): Group[] {
  let groups = groupsByList.get(articles);
  if (groups) return groups;
  const byTopics = new Map<string, Group>();
  for (const article of articles) {
    const key = [...article.topics].sort().join('\0');
    let group = byTopics.get(key);
    if (!group) {
      group = { topics: article.topics, articles: [] };
      byTopics.set(key, group);
    }
    group.articles.push(article);
  }
  groups = [...byTopics.values()];
  for (const group of groups) group.articles.sort((a, b) => compare(a.published, b.published) || compare(a.slug, b.slug));
  groupsByList.set(articles, groups);
  return groups;
}

/**
 * The articles of a date-ordered group closest to `day`: at least {@link relatedLimit} of
 * them (the one asking left out), and every other at the same distance as the farthest
 * of those, so that ties are settled by the full order, not by where the search began.
 */
function nearest(sorted: readonly ArticleMeta[], day: number, skip: string): ArticleMeta[] {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (dayOf((sorted[middle] as ArticleMeta).published) < day) low = middle + 1;
    else high = middle;
  }
  const found: ArticleMeta[] = [];
  let left = low - 1;
  let right = low;
  let limit = Number.POSITIVE_INFINITY;
  const distance = (index: number) => Math.abs(dayOf((sorted[index] as ArticleMeta).published) - day);
  while (left >= 0 || right < sorted.length) {
    const takeRight = left < 0 || (right < sorted.length && distance(right) <= distance(left));
    const index = takeRight ? right++ : left--;
    const at = distance(index);
    if (at > limit) break;
    const other = sorted[index] as ArticleMeta;
    if (other.slug === skip) continue;
    found.push(other);
    if (found.length === relatedLimit) limit = at;
  }
  return found;
}

// Days since 1970 of a YYYY-MM-DD date, worked out once per date string.
const days = new Map<string, number>();
function dayOf(isoDate: string): number {
  let day = days.get(isoDate);
  if (day === undefined) {
    day = Date.parse(`${isoDate}T00:00:00Z`) / 86_400_000;
    days.set(isoDate, day);
  }
  return day;
}

// Plain code-unit order: ISO dates and slugs sort the same on every machine, whatever its locale.
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
