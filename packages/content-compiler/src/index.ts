export {
  type BuildContentDataOptions,
  type BuiltContentData,
  buildContentData,
  type ContentMemory,
  createContentMemory,
} from './build-content-data.js';
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
export { digestContentFiles, type FileStamps } from './lib/content-digests.js';
export { ContentDirError, resolveContentDir } from './lib/content-dir.js';
export { ContentProblemsError, formatProblem, type Problem } from './lib/problems.js';
export { type ContentData, ContentDataError, readArticleBody, readContentData } from './lib/read-content-data.js';
export { slugTypes, type WriteContentDataOptions, type WrittenContentData, writeContentData } from './lib/write-content-data.js';
export type * from './types.js';
