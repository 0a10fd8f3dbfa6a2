export { createPartsMemo, memoized, type PartsMemo } from './parts-memo.js';
export { type ToHastOptions, toHast } from './to-hast.js';
export { type ToHtmlOptions, toHtml } from './to-html.js';
export { createTextState, hotlineNumbers, type TextLink, TextRenderError, type TextState, type ToTextOptions, toText } from './to-text.js';
export { type ToTextContentsOptions, toTextContents } from './to-text-contents.js';
export type { DeepReadonly, GlossaryEntry, Tree } from './types.js';
