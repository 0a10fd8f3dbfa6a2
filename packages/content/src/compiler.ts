export { type CompileContentOptions, type CompiledContent, compileContent } from './lib/compile-content.js';
export { ContentProblemsError, formatProblem, type Problem } from './lib/problems.js';
export { writeContentData } from './lib/write-content-data.js';
