export { crisisPointerTree, findAHelplineUrl } from './crisis-pointer-tree.js';
export { describeReview, notReviewed } from './describe-review.js';
export { sourceId } from './lib/citation-to-hast.js';
export { createPartsMemo, memoized, type PartsMemo } from './parts-memo.js';
export { type ToHastOptions, toHast } from './to-hast.js';
export { type ToHtmlOptions, toHtml } from './to-html.js';
export { toSourcesTree } from './to-sources-tree.js';
export {
  abbreviationsSaidAsLetters,
  createTextState,
  hotlineNumbers,
  spokenAddresses,
  type TextLink,
  TextRenderError,
  type TextState,
  type ToTextOptions,
  toText,
} from './to-text.js';
export { type ToTextContentsOptions, toTextContents } from './to-text-contents.js';
export type { Citation, DeepReadonly, GlossaryEntry, Review, Source, Tree } from './types.js';
