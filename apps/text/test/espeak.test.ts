import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { abbreviationsSaidAsLetters } from '@kap/render';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addressCharactersPerMinute, listeningMinutes, wordsPerMinute } from '../src/lib/listening-time.js';
import { countWords } from '../src/lib/parts.js';
import { content, files } from './helpers.js';

const espeak = '/usr/bin/espeak-ng';
const run = promisify(execFile);

/** Seconds of sound in a PCM WAV file, from its fmt and data chunks. */
export function wavSeconds(wav: Buffer): number {
  if (wav.toString('ascii', 0, 4) !== 'RIFF' || wav.toString('ascii', 8, 12) !== 'WAVE') throw new Error('not a RIFF WAVE file');
  let byteRate = 0;
  for (let offset = 12; offset + 8 <= wav.length; ) {
    const id = wav.toString('ascii', offset, offset + 4);
    const size = wav.readUInt32LE(offset + 4);
    if (id === 'fmt ') byteRate = wav.readUInt32LE(offset + 16);
    // espeak-ng streams: its data size may be a placeholder, so trust the bytes present.
    if (id === 'data') return Math.min(size, wav.length - offset - 8) / byteRate;
    offset += 8 + size + (size % 2);
  }
  throw new Error('no data chunk');
}

/** eSpeak's phonemes for a text (`-x`), without stress marks, pauses and spaces, so that a spelled term is one run. */
async function phonemes(text: string): Promise<string> {
  const { stdout } = await run(espeak, ['-q', '-x', text]);
  return stdout.replace(/[',;%=\s]|_[:!]?/g, '');
}

const addressLine = /^[a-z][a-z0-9+.-]*:\/\/\S+$/i;
const prose = (text: string) => text.split('\n').filter((line) => !addressLine.test(line));
const addresses = (text: string) => text.split('\n').filter((line) => addressLine.test(line));
const articlePaths = content.articles.map((article) => `text/${article.slug}.txt`);
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const occurrences = (text: string, part: string) => text.split(part).length - 1;

// Each built file, its sentences alone and its addresses alone: one eSpeak run each, in parallel.
describe.runIf(existsSync(espeak))('eSpeak NG reading the built edition', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kap-text-espeak-'));
  const seconds = new Map<string, number>();

  beforeAll(async () => {
    const parts = [...files].flatMap(([path, text]) => [
      [path, text],
      [`${path} sentences`, prose(text).join('\n')],
      [`${path} addresses`, addresses(text).join('\n')],
    ]);
    await Promise.all(
      parts.map(async ([key = '', text = '']) => {
        const name = key.replace(/[/ ]/g, '_');
        writeFileSync(join(dir, name), text);
        await run(espeak, ['-w', join(dir, `${name}.wav`), '-f', join(dir, name)]);
        seconds.set(key, wavSeconds(readFileSync(join(dir, `${name}.wav`))));
      }),
    );
  }, 120_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
  const measured = (key: string) => seconds.get(key) ?? Number.NaN;

  it(`reads the sentences of the articles at the rate the listening time assumes, ${wordsPerMinute} words a minute, within 5 percent`, () => {
    const words = sum(articlePaths.map((path) => countWords(prose(files.get(path) ?? '').join('\n'))));
    const rate = words / (sum(articlePaths.map((path) => measured(`${path} sentences`))) / 60);
    console.log(`sentences: ${words} words at ${rate.toFixed(1)} words a minute`);
    expect(Math.abs(rate - wordsPerMinute) / wordsPerMinute).toBeLessThan(0.05);
  });

  it(`reads the addresses of the articles at the rate the listening time assumes, ${addressCharactersPerMinute} characters a minute, within 10 percent`, () => {
    const characters = sum(articlePaths.map((path) => addresses(files.get(path) ?? '').join('').length));
    const rate = characters / (sum(articlePaths.map((path) => measured(`${path} addresses`))) / 60);
    console.log(`addresses: ${characters} characters at ${rate.toFixed(0)} characters a minute`);
    expect(Math.abs(rate - addressCharactersPerMinute) / addressCharactersPerMinute).toBeLessThan(0.1);
  });

  it.each(articlePaths)('states a listening time for %s within a minute of what eSpeak takes, its estimate within 5 percent', (path) => {
    const text = files.get(path) ?? '';
    const minutes = measured(path) / 60;
    const stated = Number(/^About (\d+) minutes? to listen\.$/m.exec(text)?.[1]);
    console.log(`${path}: eSpeak ${minutes.toFixed(2)} minutes, estimated ${listeningMinutes(text).toFixed(2)}, stated ${stated}`);
    expect(Math.abs(listeningMinutes(text) - minutes) / minutes).toBeLessThan(0.05);
    expect(Math.abs(stated - minutes)).toBeLessThan(1);
  });

  it('reads the index at a plausible rate, 100 to 260 words a minute', () => {
    const text = files.get('text/index.txt') ?? '';
    const rate = countWords(text) / (measured('text/index.txt') / 60);
    console.log(`text/index.txt: ${rate.toFixed(0)} words a minute`);
    expect(rate).toBeGreaterThan(100);
    expect(rate).toBeLessThan(260);
  });
});

describe.runIf(existsSync(espeak))('abbreviations as eSpeak NG says them', () => {
  /** A term spelled letter by letter: each letter as eSpeak says it alone. */
  const spelled = async (term: string) => (await Promise.all([...term].map((letter) => phonemes(letter)))).join('');
  const places = (term: string) => [
    `${term}.`,
    `${term} is a term.`,
    `We use the ${term} and more.`,
    `In ${term}, we rest.`,
    `It is about ${term}.`,
  ];
  const wordsOnly = content.glossary.filter((entry) => !abbreviationsSaidAsLetters.includes(entry.term)).map((entry) => entry.term);

  it.each(abbreviationsSaidAsLetters)(
    'spells %s letter by letter wherever it stands, so its letters can stand after its first use',
    async (term) => {
      const letters = await spelled(term);
      for (const sentence of places(term)) expect(await phonemes(sentence)).toContain(letters);
    },
  );

  it('says KAP as the word "cap" where it ends a short phrase but spells it elsewhere, and EMDR as "emder": why such terms are said in words', async () => {
    expect(await phonemes('In KAP, we rest.')).toBe('Inkapwi:rEst');
    expect(await phonemes('It is about KAP.')).toContain(await spelled('KAP'));
    expect(await phonemes('Unlike EMDR, it is new.')).toBe('VnlaIkEmd3ItIznju:');
  });

  it.each(wordsOnly)('says %s as a word somewhere, so the edition writes it in words at every use', async (term) => {
    const letters = await spelled(term);
    const said = await Promise.all(places(term).map((sentence) => phonemes(sentence)));
    expect(said.some((phonemesOfSentence) => !phonemesOfSentence.includes(letters))).toBe(true);
  });

  it.each([...files.keys()])('in %s, keeps no term said as a word, and eSpeak spells every term left as letters', async (path) => {
    const text = prose(files.get(path) ?? '').join('\n');
    for (const term of wordsOnly) expect(text).not.toMatch(new RegExp(`\\b${escapeRegExp(term)}\\b`));
    const said = await phonemes(text);
    for (const term of abbreviationsSaidAsLetters) {
      const uses = text.match(new RegExp(`\\b${escapeRegExp(term)}\\b`, 'g'))?.length ?? 0;
      expect(occurrences(said, await spelled(term)), term).toBe(uses);
    }
  });
});
