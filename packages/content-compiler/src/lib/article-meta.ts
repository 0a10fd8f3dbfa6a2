import type { ArticleMeta } from '../types.js';
import type { ArticleSummary } from './compile-article.js';

type CompiledFields = NonNullable<ArticleSummary['article']>;

/** False for a draft and for an article dated after `today` (YYYY-MM-DD). */
export function isPublished(article: CompiledFields, today: string): boolean {
  return !article.frontmatter.draft && article.frontmatter.published <= today;
}

// A process that publishes again and again (the dev watcher) holds the same compiled
// fields from one publish to the next: each is turned into metadata once.
const made = new WeakMap<CompiledFields, ArticleMeta>();

/** What every channel knows of a published article, from its compiled fields. */
export function articleMeta(slug: string, article: CompiledFields): ArticleMeta {
  const known = made.get(article);
  if (known?.slug === slug) return known;
  const meta = makeMeta(slug, article);
  made.set(article, meta);
  return meta;
}

function makeMeta(slug: string, article: CompiledFields): ArticleMeta {
  const { draft: _draft, references: _listed, review, ...meta } = article.frontmatter;
  return {
    ...meta,
    ...(review ? { review } : {}),
    slug,
    modified: meta.updated ?? meta.published,
    wordCount: article.wordCount,
    readingMinutes: Math.max(1, Math.round(article.wordCount / 200)),
    headings: article.headings,
    excerpt: article.excerpt,
    needsCrisisNotice: article.mentionsSuicide,
    references: article.references,
  };
}
