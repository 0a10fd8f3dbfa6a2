import type { Root } from 'mdast';
import { blocks, type RenderContext } from './lib/text/handlers.js';
import { headingPlaces } from './lib/text/heading-places.js';
import { layout } from './lib/text/layout.js';
import { createTextState, type TextState } from './lib/text/state.js';
import type { GlossaryEntry, Tree } from './types.js';

export { createTextState, type TextLink, type TextState } from './lib/text/state.js';
export { TextRenderError } from './lib/text/text-render-error.js';

/**
 * Hotline numbers whose digits are spoken once after them, because a speech engine reads
 * 988 as "nine hundred and eighty-eight" (reference P9): "988, that is nine eight eight".
 */
export const hotlineNumbers: readonly string[] = ['988', '741741', '116 123'];

/**
 * Addresses said in words where they are linked, by their address in the closing list:
 * a crisis line's address must be heard in the sentence, not only at the end of the file,
 * and an address read letter by letter ("w w w dot") is no use to a listener.
 */
export const spokenAddresses: ReadonlyMap<string, string> = new Map([
  ['https://findahelpline.com/', 'find a helpline dot com'],
  ['https://www.findahelpline.com/', 'find a helpline dot com'],
  ['https://988lifeline.org/', 'nine eight eight lifeline dot org'],
  ['https://www.988lifeline.org/', 'nine eight eight lifeline dot org'],
]);

/**
 * Glossary terms that eSpeak NG spells letter by letter wherever they stand in a sentence
 * (tested with `espeak-ng -x`: alone, first, mid-sentence, before a comma, last), so after
 * their first use, spelled out in words, the letters can stand: "post-traumatic stress
 * disorder, or PTSD," then "PTSD". Every other term is written in its words at every use:
 * eSpeak says EMDR "emder", REMS "rems", WCAG "double-u cag", and KAP "cap" where it ends
 * a short phrase ("In KAP,") but "K A P" elsewhere, and other engines differ again. The
 * words are read one way by every engine, and braille contracts them well.
 */
export const abbreviationsSaidAsLetters: readonly string[] = ['PTSD', 'FDA', 'BDNF', 'NMDA', 'CBT', 'TRD'];

/** Options for {@link toText}. */
export interface ToTextOptions {
  /** Root-relative and relative link addresses are made absolute against this URL. */
  baseUrl?: string;
  /** Abbreviations to spell out in words on first use; the tree's `data.glossary` unless set. */
  glossary?: readonly GlossaryEntry[];
  /**
   * Glossary terms that may stand as letters after their first use; every other term is
   * written in its words each time. {@link abbreviationsSaidAsLetters} unless set.
   */
  saidAsLetters?: readonly string[];
  /** Numbers whose digits are added once; {@link hotlineNumbers} unless set. */
  hotlines?: readonly string[];
  /** Addresses said in words in the sentence that links them; {@link spokenAddresses} unless set. */
  addressWords?: ReadonlyMap<string, string>;
  /**
   * Shared by the calls that make one file, so that the links of every part go into one
   * closing list and each abbreviation is spelled out once. A fresh one unless set.
   */
  state?: TextState;
}

/**
 * Turns an mdast tree into plain text for screen readers, following the plain-text rules
 * of the design: one line per paragraph, headings as sentences with their place
 * ("Section 2 of 5. Title."), lists with their count, punctuation as words, abbreviations
 * spelled out on first use or said in words throughout, dates in words. Link words stay in the sentence and their
 * addresses are gathered in `options.state.links` for a closing list; the addresses of
 * `options.addressWords` are also said in words in the sentence. A citation is read as
 * ", source 3," (", sources 2 and 5,"), numbered as in the list of sources.
 *
 * Each node type has its own handler. A node of another type is read through its
 * children; one without children throws a {@link TextRenderError} naming where it is.
 */
export function toText(input: Tree, options: ToTextOptions = {}): string {
  // The renderers only read the tree; the read-only type is the caller's promise.
  const tree = input as Root;
  const context: RenderContext = {
    glossary: options.glossary ?? input.data?.glossary ?? [],
    letters: lettersOf(options.saidAsLetters),
    hotlines: options.hotlines ?? hotlineNumbers,
    addressWords: options.addressWords ?? spokenAddresses,
    baseUrl: options.baseUrl,
    state: options.state ?? createTextState(),
    places: headingPlaces(tree),
  };
  return layout(blocks(tree, context, 'root'));
}

const defaultLetters: ReadonlySet<string> = new Set(abbreviationsSaidAsLetters);

/** The set of letter terms, made once for the default so that the glossary's patterns are cached. */
export function lettersOf(terms: readonly string[] | undefined): ReadonlySet<string> {
  return terms === undefined || terms === abbreviationsSaidAsLetters ? defaultLetters : new Set(terms);
}
