export { type ArticleCache, diskCache, memoryCache } from './lib/article-cache.js';
export { type CompileContentOptions, type CompiledContent, compileContent } from './lib/compile-content.js';
export { type CompileContentParallelOptions, compileContentParallel } from './lib/compile-content-parallel.js';
export { ContentProblemsError, formatProblem, type Problem } from './lib/problems.js';
export { writeContentData } from './lib/write-content-data.js';
