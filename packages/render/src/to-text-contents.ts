import type { Root } from 'mdast';
import { phrasing, type RenderContext, speak } from './lib/text/handlers.js';
import { asSentence, capitalise } from './lib/text/spoken-words.js';
import { createTextState } from './lib/text/state.js';
import { lettersOf } from './to-text.js';
import type { GlossaryEntry, Tree } from './types.js';

/** Options for {@link toTextContents}. */
export interface ToTextContentsOptions {
  /** Abbreviations, replaced by their words as in the headings themselves. */
  glossary?: readonly GlossaryEntry[];
}

/**
 * The titles of a tree's sections (its h2 headings) as {@link toText} speaks them, in
 * order, each a sentence: the numbered contents list of the plain-text edition.
 */
export function toTextContents(input: Tree, options: ToTextContentsOptions = {}): string[] {
  // The renderers only read the tree; the read-only type is the caller's promise.
  const tree = input as Root;
  const context: RenderContext = {
    glossary: options.glossary ?? input.data?.glossary ?? [],
    // A heading says every term in words, whichever engine spells it.
    letters: lettersOf(undefined),
    hotlines: [],
    addressWords: new Map(),
    baseUrl: undefined,
    state: createTextState(),
    places: new Map(),
  };
  return tree.children.flatMap((node, index) =>
    node.type === 'heading' && node.depth === 2
      ? [asSentence(capitalise(speak(phrasing(node, context, `root.children[${index}]`), context, 'expand')))]
      : [],
  );
}
