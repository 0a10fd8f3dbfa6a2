import type { GlossaryEntry } from '../../types.js';
import { dateInWords } from './dates.js';

/**
 * How a line treats glossary abbreviations. Whatever the mode, a term that is not in
 * `letters` is replaced by its words at every use: a speech engine may say it as a word
 * (eSpeak says EMDR "emder", and KAP "cap" where it ends a short phrase but "K A P"
 * elsewhere), so only the words are said one way everywhere. For the terms of `letters`:
 * - `first-use`: the first use in the scope is spelled out, "post-traumatic stress
 *   disorder, or PTSD," unless the source has just spelled it out itself;
 * - `expand`: every use is replaced by its expansion, for headings, which people reach by
 *   searching and so must stand alone, and which keep no acronyms (reference P3, P8);
 * - `keep`: left as written, for link labels repeated in the closing list.
 */
export type AbbreviationMode = 'first-use' | 'expand' | 'keep';

/** What the word rules need to know about the text around a line. */
export interface SpokenWordsContext {
  glossary: readonly GlossaryEntry[];
  /** Terms a speech engine spells letter by letter wherever they stand; the others are said in words. */
  letters: ReadonlySet<string>;
  abbreviations: AbbreviationMode;
  /** Terms already spelled out in this scope. */
  expanded: Set<string>;
  /** Hotline numbers whose digits have been spoken once in this scope. */
  hotlines: readonly string[];
  spelled: Set<string>;
}

type Rule = (line: string, context: SpokenWordsContext) => string;

const digitWords = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

// Units a slash joins, spoken with "per": "mg/kg" is "milligrams per kilogram".
const units: Record<string, string> = {
  mg: 'milligrams',
  kg: 'kilogram',
  g: 'grams',
  ml: 'millilitres',
  mL: 'millilitres',
  h: 'hour',
  hr: 'hour',
  min: 'minute',
  day: 'day',
  week: 'week',
};

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Spaces, invisible characters and hard line breaks inside a paragraph become one space. */
const normaliseSpace: Rule = (line) =>
  line
    .replace(/[\u00AD\u200B\u200C\u200E\u200F\u2060\uFEFF]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** eSpeak reads `2025-03-12` as "two thousand and twenty-five dash zero three" (P9). */
const isoDates: Rule = (line) => line.replace(/\b\d{4}-\d{2}-\d{2}\b/g, (iso) => dateInWords(iso) ?? iso);

/** Curly quotes and apostrophes become ASCII first, so the later rules see one form (P1). */
const straightQuotes: Rule = (line) =>
  line.replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'").replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"');

/** eSpeak says "e g"; the words say what is meant (P7). */
const latinAbbreviations: Rule = (line) =>
  line
    .replace(/\b([Ee])\.\s?g\.,?/g, (_, e: string) => (e === 'E' ? 'For example,' : 'for example,'))
    .replace(/\b([Ii])\.\s?e\.,?/g, (_, i: string) => (i === 'I' ? 'That is,' : 'that is,'))
    .replace(/\betc\./g, 'and so on.')
    .replace(/\bvs\.?(?=\s)/g, 'versus');

/** An ellipsis is spoken "dot dot dot"; a full stop gives the same pause. */
const ellipses: Rule = (line) => line.replace(/\s*(?:\u2026|\.{3,})/g, '.');

/** `5-10` and `5–10` are "5 to 10": eSpeak drops the en dash and says "five ten" (P7). */
const numberRanges: Rule = (line) =>
  line.replace(/(?<![\d.,][-\u2013\u2014]?)\b(\d+(?:\.\d+)?)\s?[-\u2013\u2014]\s?(\d+(?:\.\d+)?)\b(?![-\u2013\u2014]?\d)/g, '$1 to $2');

/** Em and en dashes, and a spaced hyphen used as one, become a comma's pause (P7). */
const dashes: Rule = (line) => line.replace(/\s*[\u2012\u2013\u2014\u2015]\s*/g, ', ').replace(/\s+-{1,2}\s+/g, ', ');

/** JAWS speaks brackets; their words stay as a comma clause: "a dose, 0.5 milligrams, each week". */
const brackets: Rule = (line) => {
  let result = line;
  for (let previous = ''; previous !== result; ) {
    previous = result;
    result = result.replace(/\s*[([{]\s*([^()[\]{}]*?)\s*[)\]}]/g, (_, inner: string) => (inner ? `, ${inner},` : ''));
  }
  // An unmatched bracket carries no words.
  return result.replace(/[()[\]{}]/g, '');
};

/**
 * Quotation marks stay, as straight double quotes in pairs: on a braille display they are
 * the only sign of where a quotation starts and ends (one cell each in UEB), NVDA at its
 * default level "some" does not voice `"` (symbols.dic: level "most"), and JAWS at its
 * default "most" says "quote" at each end, which is what the marks mean. Single quotes used
 * as quotation marks become double ones, so one mark means one thing; a quoted sentence
 * after a word takes the comma of quoted speech ("asking, "What is wrong with me?"").
 * A mark left without its pair says nothing true and is dropped.
 */
const quotationMarks: Rule = (line) => {
  const singles = line.includes("'")
    ? line.replace(/(^|[^\p{L}\p{N}'])'([^'"]*?[^\s'])'(?=[^\p{L}\p{N}']|$)/gu, (_, before: string, inner: string) => `${before}"${inner}"`)
    : line;
  const marks = singles.match(/"/g)?.length ?? 0;
  if (marks === 0) return singles;
  if (marks % 2 === 1) return singles.replace(/"/g, '');
  // A quoted sentence after a word: the comma of quoted speech before the opening mark.
  let open = true;
  return singles.replace(/([\p{L}\p{N}])?(\s*)"/gu, (whole, word: string | undefined, space: string, offset: number) => {
    const opening = open;
    open = !open;
    if (!opening || word === undefined || space === '') return whole;
    const inner = singles.slice(offset + whole.length, singles.indexOf('"', offset + whole.length));
    // "and "What happened?"" needs no comma: the conjunction already joins the quotation.
    const joined = /\b(?:and|or|but|nor)$/i.test(singles.slice(0, offset + 1));
    return /[.?!]$/.test(inner) && !joined ? `${word}, "` : whole;
  });
};

/** "and/or" is "or"; units take "per"; other slashes join alternatives, "or" (P7). */
const slashes: Rule = (line) =>
  line
    .replace(/\band\/or\b/g, 'or')
    .replace(/\b24\/7\b/g, 'at any hour')
    .replace(/(\d\s?)?\b([a-zA-Z]+)\/([a-zA-Z]+)\b/g, (_whole, number: string | undefined, a: string, b: string) => {
      const first = units[a];
      const second = units[b];
      if (first && second) return `${number ?? ''}${first} per ${second}`;
      return `${number ?? ''}${a} or ${b}`;
    })
    .replace(/\s*\/\s*/g, ' or ');

/** Symbols NVDA speaks at its default level, written as the words they stand for (P4, P7). */
const symbolsAsWords: Rule = (line) =>
  line
    .replace(/\s*&\s*/g, ' and ')
    .replace(/(\d)\s?%/g, '$1 percent')
    .replace(/%/g, ' percent')
    .replace(/~\s?(?=\d)/g, 'about ')
    .replace(/\s*[<\u2264]\s?(?=\d)/g, (m) => (m.includes('\u2264') ? ' at most ' : ' less than '))
    .replace(/\s*[>\u2265]\s?(?=\d)/g, (m) => (m.includes('\u2265') ? ' at least ' : ' more than '))
    .replace(/#\s?(?=\d)/g, 'number ')
    .replace(/\s*\u00D7\s*/g, ' times ')
    .replace(/(\d)\s*\*\s*(?=\d)/g, '$1 times ')
    .replace(/\s*\+\s*/g, ' plus ')
    .replace(/\s*=\s*/g, ' equals ')
    .replace(/\s*@\s*/g, ' at ')
    .replace(/\s*\|\s*/g, ', ')
    .replace(/\s*[\u2190-\u21FF]\s*/g, ' to ');

/** Decoration has no words: bullets, stars, boxes, ticks and emoji are dropped (P4). */
const decoration: Rule = (line) =>
  line
    .replace(/\p{Extended_Pictographic}(?:\uFE0F|\u200D\p{Extended_Pictographic}|[\u{1F3FB}-\u{1F3FF}])*/gu, '')
    .replace(/\uFE0F|\u200D/g, '')
    // A space, not nothing: "max_dose_mg" keeps its three words, never "maxdosemg".
    .replace(/[\u2022\u2023\u2043\u25A0-\u25FF\u2500-\u259F\u2700-\u27BF\u2605\u2606*_^`\\~#<>]+/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();

// Words that leave a sentence waiting for its object: a colon after them ("The question
// is: what next?", "such as: sleep") is dropped, as style guides advise, and the sentence
// runs on. Only these: after a preposition or "like" a colon may well end a clause ("what
// it feels like: a dream"), where a full stop is right.
const unfinished = /\b(?:is|are|was|were|include|includes|including|such as)$/;

/**
 * JAWS speaks "colon". A colon joins two parts that each stand alone, so it becomes a full
 * stop and the next word takes a capital ("Picture it this way. Ketamine may open a
 * door."): a comma there would run two sentences together, and a full stop is the pause a
 * colon asks for, in speech and in braille. After a word that leaves the sentence waiting ("is",
 * "such as") the colon is dropped; before a quotation it is the comma of quoted speech; at
 * the end of a line, a full stop; a time such as 10:30 stays.
 */
const colons: Rule = (line) =>
  line.replace(/\s*:\s*(.?)/g, (whole: string, next: string, offset: number, all: string) => {
    if (/^:\d$/.test(whole) && /\d/.test(all.charAt(offset - 1))) return whole;
    if (next === '') return '.';
    if (next === '"') return ', "';
    if (unfinished.test(all.slice(0, offset).trimEnd())) return ` ${next}`;
    return `. ${next.toUpperCase()}`;
  });

/** JAWS speaks "semi": the two clauses become two sentences. */
const semicolons: Rule = (line) => line.replace(/\s*;\s*$/g, '.').replace(/\s*;\s*(\S)/g, (_, next: string) => `. ${next.toUpperCase()}`);

/** 988 is "nine hundred and eighty-eight" in speech: its digits are added once (P9). */
const hotlineDigits: Rule = (line, context) => {
  let result = line;
  for (const number of context.hotlines) {
    if (context.spelled.has(number)) continue;
    const pattern = hotlinePattern(number);
    const match = pattern.exec(result);
    if (!match) continue;
    context.spelled.add(number);
    const digits = number
      .split(/\s+/)
      .map((group) => [...group].map((digit) => digitWords[Number(digit)]).join(' '))
      .join(', ');
    const end = match.index + number.length;
    const rest = result.slice(end);
    const closing = /^\s*[.,?!]/.test(rest) || rest.trim() === '' ? '' : ',';
    result = `${result.slice(0, end)}, that is ${digits}${closing}${rest}`;
  }
  return result;
};

/** The patterns of one glossary, made once: building them for every line was most of the cost. */
interface GlossaryPatterns {
  expansions: Map<string, string>;
  /** The terms said in words at every use, as words, also before an apostrophe or a hyphen. */
  wordTerms: RegExp | undefined;
  /** The terms a speech engine spells letter by letter, as words. */
  letterTerms: RegExp | undefined;
  /** "expansion, or TERM," or "expansion, TERM," for each term: the words need saying only once. */
  spelledOut: Map<string, RegExp>;
  /** The expansion right before a term: the article spelled it out itself. */
  expansionBefore: Map<string, RegExp>;
}

const glossaryPatterns = new WeakMap<SpokenWordsContext['glossary'], WeakMap<ReadonlySet<string>, GlossaryPatterns>>();

/** An expansion as a pattern that a source may write with spaces or hyphens ("Ketamine Assisted Psychotherapy"). */
const expansionPattern = (expansion: string) => escapeRegExp(expansion).replace(/[-\s]+/g, '[-\\s]+');

function patternsOf(glossary: SpokenWordsContext['glossary'], letters: ReadonlySet<string>): GlossaryPatterns {
  let byLetters = glossaryPatterns.get(glossary);
  if (!byLetters) {
    byLetters = new WeakMap();
    glossaryPatterns.set(glossary, byLetters);
  }
  let patterns = byLetters.get(letters);
  if (patterns) return patterns;
  const expansions = new Map(glossary.map((entry) => [entry.term, entry.expansion]));
  const alternatives = (spelled: boolean) =>
    [...expansions.keys()]
      .filter((term) => letters.has(term) === spelled)
      .map(escapeRegExp)
      .join('|');
  const words = alternatives(false);
  const spelled = alternatives(true);
  patterns = {
    expansions,
    wordTerms: words ? new RegExp(`\\b(?:${words})\\b`, 'g') : undefined,
    letterTerms: spelled ? new RegExp(`\\b(?:${spelled})\\b(?!['\\u2019-])`, 'g') : undefined,
    spelledOut: new Map(
      [...expansions].map(([term, expansion]) => [
        term,
        // The comma after the term closes the pair around "or TERM", unless a citation's own comma follows.
        new RegExp(`(${expansionPattern(expansion)})(?:,? or|,) ${escapeRegExp(term)}\\b(?!['\\u2019-]),?(?!\\s*sources? \\d)`, 'gi'),
      ]),
    ),
    expansionBefore: new Map(
      [...expansions].map(([term, expansion]) => [term, new RegExp(`${expansionPattern(expansion)},?\\s+(?:or\\s+)?$`, 'i')]),
    ),
  };
  byLetters.set(letters, patterns);
  return patterns;
}

const hotlinePatterns = new Map<string, RegExp>();

function hotlinePattern(number: string): RegExp {
  let pattern = hotlinePatterns.get(number);
  if (!pattern) {
    pattern = new RegExp(`(?<![\\d.,])\\b${escapeRegExp(number)}\\b(?![\\d]|,? that is)`);
    hotlinePatterns.set(number, pattern);
  }
  return pattern;
}

/** Whether the text before a place ends a sentence, so that what comes next starts one. */
const startsSentence = (before: string) => before.trim() === '' || /[.?!]["]?\s*$/.test(before);

/** Glossary abbreviations: words-only terms always, letter terms by the context's mode (P8). */
const abbreviations: Rule = (line, context) => {
  if (context.glossary.length === 0) return line;
  const { expansions, wordTerms, letterTerms, spelledOut, expansionBefore } = patternsOf(context.glossary, context.letters);
  const inWords = (term: string, offset: number, whole: string) => {
    const expansion = expansions.get(term) ?? term;
    return startsSentence(whole.slice(0, offset)) ? capitalise(expansion) : expansion;
  };
  let result = line;
  // "Ketamine-assisted psychotherapy, or KAP," where KAP is said in words would say the words twice.
  for (const [term, pattern] of spelledOut) {
    if (context.abbreviations === 'expand' || !context.letters.has(term)) result = result.replace(pattern, '$1');
  }
  if (wordTerms) result = result.replace(wordTerms, inWords);
  if (!letterTerms || context.abbreviations === 'keep') return result;
  if (context.abbreviations === 'expand') return result.replace(letterTerms, inWords);
  return result.replace(letterTerms, (term, offset: number, whole: string) => {
    if (context.expanded.has(term)) return term;
    context.expanded.add(term);
    const before = whole.slice(0, offset);
    // The articles spell terms out themselves ("Post-traumatic stress disorder, or PTSD,"): never twice.
    if (expansionBefore.get(term)?.test(before)) return term;
    const after = whole.slice(offset + term.length);
    const closing = /^\s*[.,?!]/.test(after) || after.trim() === '' ? '' : ',';
    return `${inWords(term, offset, whole)}, or ${term}${closing}`;
  });
};

/** What {@link tidyPunctuation} acts on, one alternative for each of its replacements in turn. */
const tidyGuard = /\s\s|[^\S ]|\s[,.?!]|,\s*[,.?!]|[.?!]\s*,|[?!]\.|\.\.|^[\s,.]|,\s*$|,\p{L}|\s$/u;

/** Commas and stops left doubled or stranded by the rules above. */
const tidyPunctuation: Rule = (line) =>
  line
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.?!])/g, '$1')
    .replace(/,(?:\s*,)+/g, ',')
    .replace(/,\s*([.?!])/g, '$1')
    .replace(/([.?!])\s*,/g, '$1')
    .replace(/([?!])\./g, '$1')
    .replace(/\.{2,}/g, '.')
    .replace(/^[\s,.]+/, '')
    .replace(/,\s*$/, '.')
    .replace(/,(?=\p{L})/gu, ', ')
    .trim();

/**
 * A rule that runs only when the line has what it acts on. Each guard matches whenever
 * any replacement of its rule could, so a skipped rule is one that would have changed
 * nothing; most lines hold few symbols, and a rule's many passes cost more than one test.
 */
const when =
  (guard: RegExp, rule: Rule): Rule =>
  (line, context) =>
    guard.test(line) ? rule(line, context) : line;

// The order matters: dates before ranges (a date is not "2025 to 03"), brackets before
// abbreviations (a term spelled out in brackets counts as spelled out), quotes straightened
// before they are read.
const rules: readonly Rule[] = [
  when(/[\u00AD\u200B\u200C\u200E\u200F\u2060\uFEFF]|\s\s|[^\S ]|^\s|\s$/, normaliseSpace),
  isoDates,
  straightQuotes,
  latinAbbreviations,
  ellipses,
  numberRanges,
  when(/[\u2012-\u2015-]/, dashes),
  when(/[()[\]{}]/, brackets),
  when(/["']/, quotationMarks),
  when(/\//, slashes),
  when(/[&%~<>\u2264\u2265#\u00D7*+=@|\u2190-\u21FF]/, symbolsAsWords),
  when(
    /\p{Extended_Pictographic}|\uFE0F|\u200D|[\u2022\u2023\u2043\u25A0-\u25FF\u2500-\u259F\u2700-\u27BF\u2605\u2606*_^`\\~#<>]/u,
    decoration,
  ),
  when(/:/, colons),
  when(/;/, semicolons),
  when(tidyGuard, tidyPunctuation),
  abbreviations,
  hotlineDigits,
  when(tidyGuard, tidyPunctuation),
];

/** One line of prose as a screen reader should hear it: punctuation as words, no symbols. */
export function spokenWords(line: string, context: SpokenWordsContext): string {
  // Code is kept as written: its symbols are its meaning. It waits behind a placeholder
  // that no rule touches (private-use characters) while the rules read the prose around it.
  const code: string[] = [];
  const prose = line.replace(codeSpan, (_, text: string) => {
    code.push(text);
    return `${codeStart}${String.fromCharCode(0xe100 + code.length - 1)}${codeEnd}`;
  });
  const spoken = rules.reduce((text, rule) => rule(text, context), prose);
  return code.length === 0 ? spoken : spoken.replace(placeholder, (_, index: string) => code[index.charCodeAt(0) - 0xe100] ?? '');
}

const codeStart = '\uE000';
const codeEnd = '\uE001';
const codeSpan = /\uE000([^\uE000\uE001]*)\uE001/g;
const placeholder = /\uE000([\uE100-\uF8FF])\uE001/g;

/** Marks text as code, which {@link spokenWords} leaves exactly as written. */
export function asCode(text: string): string {
  return `${codeStart}${text.replace(/[\uE000\uE001]/g, '')}${codeEnd}`;
}

/** Ends a line with a full stop unless it already ends a sentence, so say-all pauses there (P3). */
export function asSentence(line: string): string {
  if (line === '') return line;
  return /[.?!]"?$/.test(line) ? line : `${line}.`;
}

export { capitalise };
