// The compiler: everything in ./data.js (reading and building the package's data), and
// compiling content in memory, for checks and tests.
export * from './data.js';
export { type CompileContentOptions, type CompiledContent, compileContent } from './lib/compile-content.js';
export { slugTypes, type WriteContentDataOptions, type WrittenContentData, writeContentData } from './lib/write-content-data.js';
export type * from './types.js';
