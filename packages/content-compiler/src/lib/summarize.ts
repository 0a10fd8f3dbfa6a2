import type { CompiledArticle } from './compile-article.js';

/** A compiled article without its body tree: what listings, feeds and indexes are made from. */
export interface ArticleSummary extends Omit<CompiledArticle, 'article'> {
  article?: Omit<NonNullable<CompiledArticle['article']>, 'body'>;
}

/** The summary of a compiled article: the same object when it has no body. */
export function summarize(compiled: ArticleSummary | CompiledArticle): ArticleSummary {
  if (!compiled.article || !('body' in compiled.article)) return compiled;
  const { body: _body, ...article } = compiled.article;
  return { ...compiled, article };
}
