// The light half of the compiler, for what reads or builds the data without compiling
// itself (the publisher): nothing here loads a parser until a build has articles to compile.

export {
  type BuildContentDataOptions,
  type BuiltContentData,
  buildContentData,
  type ContentMemory,
  createContentMemory,
} from './build-content-data.js';
export { readChecked, writeChecked } from './lib/article-cache.js';
export { type ContentIndex, dataFiles } from './lib/content-data.js';
export { ContentDirError, resolveContentDir } from './lib/content-dir.js';
export { ContentProblemsError, formatProblem, type Problem } from './lib/problems.js';
export { type ContentData, ContentDataError, dataStamps, readArticleBody, readContentData } from './lib/read-content-data.js';
