export {
  type ArticleCache,
  type BodyStore,
  digestBytes,
  diskCache,
  memoryCache,
  readBodyEntry,
  readChecked,
  writeBodyEntry,
  writeChecked,
} from './lib/article-cache.js';
export { articleMeta, isPublished } from './lib/article-meta.js';
export { type ArticleContext, type ArticleSummary, type CompiledArticle, compileArticle, summarize } from './lib/compile-article.js';
export {
  type ArticleSource,
  type AssembleContentOptions,
  assembleContent,
  type CompileContentOptions,
  type CompiledContent,
  type ContentSettings,
  compileContent,
  listArticleSources,
  readBody,
  readContentSettings,
} from './lib/compile-content.js';
export { ContentDirError, resolveContentDir } from './lib/content-dir.js';
export { ContentProblemsError, formatProblem, type Problem } from './lib/problems.js';
export { slugTypes, type WriteContentDataOptions, writeContentData } from './lib/write-content-data.js';
export type * from './types.js';
