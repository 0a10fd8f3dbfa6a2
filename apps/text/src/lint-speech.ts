import { bracketSymbols, type VoicedSymbol, voicedSymbols } from './lib/voiced-symbols.js';

export { bracketSymbols, type VoicedSymbol, voicedSymbols } from './lib/voiced-symbols.js';

/** The kinds of problem {@link lintSpeech} finds, each a rule of the plain-text edition. */
export type SpeechFindingKind =
  | 'bom'
  | 'crlf'
  | 'hard-wrap'
  | 'url-in-sentence'
  | 'iso-date'
  | 'latin-abbreviation'
  | 'symbol-run'
  | 'emoji'
  | 'bracket'
  | 'unpaired-quote'
  | 'voiced-symbol';

/** One problem, with its 1-based line and column (in UTF-16 code units, as editors count). */
export interface SpeechFinding {
  kind: SpeechFindingKind;
  line: number;
  column: number;
  /** The characters found. */
  text: string;
  /** What a listener would hear, or why it is a problem. */
  message: string;
}

/** Options for {@link lintSpeech}. */
export interface LintSpeechOptions {
  /** The symbols to report as voiced; {@link voicedSymbols} unless set. */
  symbols?: readonly VoicedSymbol[];
}

const urlPattern =
  /\b(?:[a-z][a-z0-9+.-]*:\/\/|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|gov|edu|io|uk|us|info|example)\b(?:\/\S*)?/gi;
// A file name is the one place a dot inside a word is meant: "open the file x.txt".
const fileName = /\b[\w-]+\.txt\b/g;
const isoDate = /\b\d{4}-\d{2}-\d{2}\b/g;
const latin = /\b(?:e\.\s?g|i\.\s?e)\b\.?/gi;
const symbolRun = /[^\p{L}\p{N}\s]{2,}/gu;
// A closing quote or apostrophe against a full stop or comma is not a run anyone hears.
const harmlessRun = /^(?:['"][.,?!]|[.,?!]['"]|\?!|!\?)$/;
const emoji = /\p{Extended_Pictographic}/gu;
const midWordDot = /(?<=\p{L})\.(?=\p{L})/gu;
const listLine = /^(?:- |\d+\. )/;

/**
 * Checks text meant for screen readers against the plain-text rules: no BOM, no CRLF, no
 * hard-wrapped paragraphs, no URLs inside sentences (an address may stand alone on a line
 * only in the closing list of links), no ISO dates, no "e.g." or "i.e.", no runs of
 * symbols, no emoji, no brackets, and none of the symbols in {@link voicedSymbols}, except
 * straight double quotes in pairs: they mark a quotation in braille, NVDA's default level
 * does not voice them and JAWS's says "quote", which is what they mean. A line with an odd
 * number of them has a mark without its pair. Returns
 * every finding, in reading order; an empty array means the text reads cleanly.
 */
export function lintSpeech(text: string, options: LintSpeechOptions = {}): SpeechFinding[] {
  const findings: SpeechFinding[] = [];
  const symbols = new Map((options.symbols ?? voicedSymbols).map((entry) => [entry.symbol, entry]));
  const brackets = new Map(bracketSymbols.map((entry) => [entry.symbol, entry]));
  const add = (kind: SpeechFindingKind, line: number, column: number, found: string, message: string) =>
    findings.push({ kind, line, column, text: found, message });

  if (text.startsWith('\uFEFF')) add('bom', 1, 1, '\uFEFF', 'starts with a byte order mark, which UTF-8 neither needs nor recommends');
  const lines = text.split('\n');
  let inLinks = false;
  lines.forEach((raw, index) => {
    const number = index + 1;
    if (raw.endsWith('\r')) add('crlf', number, raw.length, '\r\n', 'ends with CRLF; the edition uses LF line endings');
    const line = raw.replace(/\r$/, '').replace(/^\uFEFF/, '');
    const previous = lines[index - 1]?.replace(/\r$/, '') ?? '';
    if (/^Links in this \w+\.$/.test(line)) inLinks = true;
    else if (line === '' && previous === '' && index > 0) inLinks = false;

    // Hard wrap: a paragraph goes on while its line has not ended a sentence, or the next line starts mid-sentence.
    if (line !== '' && previous !== '' && !listLine.test(line) && !isListedAddress(line, previous, inLinks)) {
      if (!/[.?!]"?$/.test(previous) || /^\p{Ll}/u.test(line)) {
        add('hard-wrap', number, 1, line.slice(0, 20), 'continues the paragraph of the line before: one paragraph must be one line');
      }
    }

    const quotes = line.match(/"/g)?.length ?? 0;
    const pairedQuotes = quotes % 2 === 0;
    if (!pairedQuotes) {
      add(
        'unpaired-quote',
        number,
        line.indexOf('"') + 1,
        '"',
        'a quotation mark without its pair: JAWS says "quote" and braille shows a quotation that never ends',
      );
    }
    const masked: boolean[] = new Array(line.length).fill(false);
    const claim = (start: number, length: number) => {
      for (let at = start; at < start + length; at++) masked[at] = true;
    };
    const scan = (pattern: RegExp, onMatch: (match: RegExpExecArray) => void) => {
      for (const match of line.matchAll(pattern)) {
        if (masked[match.index]) continue;
        onMatch(match);
        claim(match.index, match[0].length);
      }
    };

    scan(urlPattern, (match) => {
      if (!(match[0] === line && isListedAddress(line, previous, inLinks))) {
        add('url-in-sentence', number, match.index + 1, match[0], 'a web address inside a sentence is read out character by character');
      }
    });
    scan(fileName, () => undefined);
    scan(isoDate, (match) =>
      add('iso-date', number, match.index + 1, match[0], 'an ISO date is read "two thousand and ... dash zero ..."'),
    );
    scan(latin, (match) =>
      add('latin-abbreviation', number, match.index + 1, match[0], `"${match[0]}" is read as letters; write the words`),
    );
    scan(emoji, (match) => add('emoji', number, match.index + 1, match[0], 'an emoji is read by its long name'));
    scan(symbolRun, (match) => {
      if (!harmlessRun.test(match[0])) add('symbol-run', number, match.index + 1, match[0], 'a run of symbols is spelled out one by one');
    });
    scan(midWordDot, (match) =>
      add('voiced-symbol', number, match.index + 1, match[0], 'a dot inside a word is spoken "dot" by NVDA some'),
    );
    for (let at = 0; at < line.length; at++) {
      if (masked[at]) continue;
      const character = line.charAt(at);
      const bracket = brackets.get(character);
      if (bracket) {
        add('bracket', number, at + 1, character, `spoken "${bracket.spokenAs}" by ${bracket.voicedBy.join(' and ')}`);
        continue;
      }
      // Paired straight double quotes are allowed; an unpaired one is reported above.
      if (character === '"') continue;
      const symbol = symbols.get(character);
      // A colon inside a time, 10:30, is read as a time.
      if (symbol && !(character === ':' && /\d/.test(line.charAt(at - 1)) && /\d/.test(line.charAt(at + 1)))) {
        add('voiced-symbol', number, at + 1, character, `spoken "${symbol.spokenAs}" by ${symbol.voicedBy.join(' and ')}`);
      }
    }
  });
  return findings.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** An address alone on its line under a numbered label, inside the closing list of links. */
function isListedAddress(line: string, previous: string, inLinks: boolean): boolean {
  return inLinks && /^\d+\. /.test(previous) && /^\S+$/.test(line) && /^(?:[a-z][a-z0-9+.-]*:|www\.)/i.test(line);
}
