/** A symbol a screen reader speaks as a word at its default punctuation level. */
export interface VoicedSymbol {
  symbol: string;
  /** What the screen reader says for it. */
  spokenAs: string;
  /** The screen readers that say it at their default level. */
  voicedBy: readonly ('NVDA some' | 'JAWS most')[];
}

const both = ['NVDA some', 'JAWS most'] as const;
const jaws = ['JAWS most'] as const;

/**
 * The project's table of symbols that NVDA at its default level "some" (symbols.dic) and
 * JAWS at its default level "most" speak aloud. Sources: DESIGN.md and the accessibility
 * reference, P4 and P6: NVDA "some" speaks `*` "star", `=` "equals", `#` "number", `/`
 * "slash", `•` "bullet" and emoji by name; JAWS "most" adds colons, semicolons, brackets
 * and quotes. Not here: `.`, `,`, `?`, `!` and the apostrophe (NVDA level "all"), and the
 * hyphen (NVDA level "most"), which the list markers rely on. The straight double quote is
 * here because JAWS says it, but the edition keeps it in pairs on purpose, and `lintSpeech`
 * reports only one without its pair.
 */
export const voicedSymbols: readonly VoicedSymbol[] = [
  { symbol: '*', spokenAs: 'star', voicedBy: both },
  { symbol: '#', spokenAs: 'number', voicedBy: both },
  { symbol: '%', spokenAs: 'percent', voicedBy: both },
  { symbol: '&', spokenAs: 'and', voicedBy: both },
  { symbol: '+', spokenAs: 'plus', voicedBy: both },
  { symbol: '/', spokenAs: 'slash', voicedBy: both },
  { symbol: '<', spokenAs: 'less', voicedBy: both },
  { symbol: '>', spokenAs: 'greater', voicedBy: both },
  { symbol: '=', spokenAs: 'equals', voicedBy: both },
  { symbol: '@', spokenAs: 'at', voicedBy: both },
  { symbol: '\u2022', spokenAs: 'bullet', voicedBy: both },
  { symbol: '\u25A0', spokenAs: 'black square', voicedBy: both },
  { symbol: '\u25AA', spokenAs: 'black small square', voicedBy: both },
  { symbol: '\u2192', spokenAs: 'right arrow', voicedBy: both },
  { symbol: '\u2190', spokenAs: 'left arrow', voicedBy: both },
  { symbol: '\u2713', spokenAs: 'check', voicedBy: both },
  { symbol: '\u2714', spokenAs: 'heavy check mark', voicedBy: both },
  { symbol: '\u00A7', spokenAs: 'section', voicedBy: both },
  { symbol: '\u00B0', spokenAs: 'degrees', voicedBy: both },
  { symbol: '\u00D7', spokenAs: 'times', voicedBy: both },
  { symbol: '~', spokenAs: 'tilde', voicedBy: jaws },
  { symbol: '^', spokenAs: 'caret', voicedBy: jaws },
  { symbol: '_', spokenAs: 'line', voicedBy: jaws },
  { symbol: '\\', spokenAs: 'backslash', voicedBy: jaws },
  { symbol: '|', spokenAs: 'bar', voicedBy: jaws },
  { symbol: '`', spokenAs: 'grave', voicedBy: jaws },
  { symbol: ':', spokenAs: 'colon', voicedBy: jaws },
  { symbol: ';', spokenAs: 'semi', voicedBy: jaws },
  { symbol: '"', spokenAs: 'quote', voicedBy: jaws },
  { symbol: '\u201C', spokenAs: 'left quote', voicedBy: jaws },
  { symbol: '\u201D', spokenAs: 'right quote', voicedBy: jaws },
  { symbol: '\u2018', spokenAs: 'left tick', voicedBy: jaws },
  { symbol: '\u2019', spokenAs: 'right tick', voicedBy: jaws },
  { symbol: '\u2013', spokenAs: 'en dash', voicedBy: jaws },
  { symbol: '\u2014', spokenAs: 'em dash', voicedBy: jaws },
  { symbol: '\u2026', spokenAs: 'dot dot dot', voicedBy: jaws },
];

/** Brackets, which JAWS "most" speaks; the lint reports them as their own kind. */
export const bracketSymbols: readonly VoicedSymbol[] = [
  { symbol: '(', spokenAs: 'left paren', voicedBy: jaws },
  { symbol: ')', spokenAs: 'right paren', voicedBy: jaws },
  { symbol: '[', spokenAs: 'left bracket', voicedBy: jaws },
  { symbol: ']', spokenAs: 'right bracket', voicedBy: jaws },
  { symbol: '{', spokenAs: 'left brace', voicedBy: jaws },
  { symbol: '}', spokenAs: 'right brace', voicedBy: jaws },
];
