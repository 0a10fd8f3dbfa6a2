import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { files } from './helpers.js';

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

// The four real articles and the index: one eSpeak run each, in parallel.
describe.runIf(existsSync(espeak))('eSpeak NG reading the built edition', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kap-text-espeak-'));
  const seconds = new Map<string, number>();

  beforeAll(async () => {
    await Promise.all(
      [...files].map(async ([path, text]) => {
        const name = path.replace(/\//g, '_');
        writeFileSync(join(dir, name), text);
        await run(espeak, ['-w', join(dir, `${name}.wav`), '-f', join(dir, name)]);
        seconds.set(path, wavSeconds(readFileSync(join(dir, `${name}.wav`))));
      }),
    );
  }, 120_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([...files.keys()])('speaks %s at a plausible rate for its word count, 100 to 260 words a minute', (path) => {
    const words = (files.get(path) ?? '').split(/\s+/).filter(Boolean).length;
    const duration = seconds.get(path) ?? 0;
    const rate = words / (duration / 60);
    console.log(`${path}: ${words} words, ${duration.toFixed(1)} s, ${rate.toFixed(0)} words a minute`);
    expect(rate).toBeGreaterThan(100);
    expect(rate).toBeLessThan(260);
  });
});
