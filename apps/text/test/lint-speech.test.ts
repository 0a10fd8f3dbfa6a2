import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintSpeech, type SpeechFindingKind, voicedSymbols } from '../src/index.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/lint/${name}.txt`, import.meta.url), 'utf8');
const brief = (text: string) => lintSpeech(text).map(({ kind, line, column, text: found }) => ({ kind, line, column, text: found }));

describe('lintSpeech', () => {
  const cases: [SpeechFindingKind, { kind: SpeechFindingKind; line: number; column: number; text: string }[]][] = [
    ['bom', [{ kind: 'bom', line: 1, column: 1, text: '\uFEFF' }]],
    [
      'crlf',
      [
        { kind: 'crlf', line: 1, column: 9, text: '\r\n' },
        { kind: 'crlf', line: 2, column: 1, text: '\r\n' },
        { kind: 'crlf', line: 3, column: 16, text: '\r\n' },
      ],
    ],
    ['hard-wrap', [{ kind: 'hard-wrap', line: 4, column: 1, text: 'terminals liked it.' }]],
    [
      'url-in-sentence',
      [
        { kind: 'url-in-sentence', line: 3, column: 16, text: 'https://findahelpline.com/' },
        { kind: 'url-in-sentence', line: 3, column: 46, text: 'findahelpline.com' },
      ],
    ],
    ['iso-date', [{ kind: 'iso-date', line: 3, column: 11, text: '2025-03-12' }]],
    [
      'latin-abbreviation',
      [
        { kind: 'latin-abbreviation', line: 3, column: 16, text: 'e.g.' },
        { kind: 'latin-abbreviation', line: 3, column: 39, text: 'i.e.' },
      ],
    ],
    ['symbol-run', [{ kind: 'symbol-run', line: 3, column: 1, text: '==========' }]],
    ['emoji', [{ kind: 'emoji', line: 3, column: 19, text: '\u{1F642}' }]],
    [
      'bracket',
      [
        { kind: 'bracket', line: 3, column: 8, text: '(' },
        { kind: 'bracket', line: 3, column: 14, text: ')' },
      ],
    ],
    [
      'voiced-symbol',
      [
        { kind: 'voiced-symbol', line: 3, column: 7, text: '&' },
        { kind: 'voiced-symbol', line: 3, column: 16, text: '*' },
        { kind: 'voiced-symbol', line: 3, column: 27, text: '/' },
        { kind: 'voiced-symbol', line: 3, column: 33, text: ':' },
        { kind: 'voiced-symbol', line: 3, column: 36, text: ';' },
        { kind: 'voiced-symbol', line: 3, column: 39, text: '.' },
        { kind: 'voiced-symbol', line: 3, column: 41, text: '.' },
      ],
    ],
    ['unpaired-quote', [{ kind: 'unpaired-quote', line: 3, column: 10, text: '"' }]],
  ];

  it.each(cases)('catches the %s fixture, with line and column', (kind, expected) => {
    expect(brief(fixture(kind))).toEqual(expected);
  });

  it('says what a listener would hear for a voiced symbol', () => {
    expect(lintSpeech('Calm * now.')[0]?.message).toBe('spoken "star" by NVDA some and JAWS most');
  });

  it('allows an address alone on its line under a numbered label in the closing list, and nowhere else', () => {
    const listed = 'Title.\n\n\nLinks in this article.\n\n1. Find a Helpline.\nhttps://findahelpline.com/\n\nEnd of article.\n';
    expect(brief(listed)).toEqual([]);
    expect(brief('Title.\n\nhttps://findahelpline.com/\n')).toEqual([
      { kind: 'url-in-sentence', line: 3, column: 1, text: 'https://findahelpline.com/' },
    ]);
  });

  it('accepts straight double quotes in pairs, with the punctuation around them', () => {
    expect(brief('She asked, "What is wrong with me?" and called it a "trip", once.\n')).toEqual([]);
    expect(brief('This list has 2 items.\n- She asked, "Why?"\n- It ended.\n')).toEqual([]);
    expect(brief('A \u201Ccurly\u201D pair.\n').map((finding) => finding.text)).toEqual(['\u201C', '\u201D']);
  });

  it('accepts list lines, file names, times and decimals', () => {
    expect(brief('This list has 2 items. You may\n- rest.\n1. talk.\n\nOpen the file a-b.txt at 10:30 with 0.5 of a dose.\n')).toEqual([]);
  });

  it('has a spoken form and a screen reader for every symbol in its table', () => {
    for (const entry of voicedSymbols) {
      expect(entry.spokenAs).not.toBe('');
      expect(entry.voicedBy.length).toBeGreaterThan(0);
    }
  });
});
