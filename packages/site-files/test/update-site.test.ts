import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { digestSite, updateSite, writeSite } from '../src/index.js';

describe('updateSite', () => {
  it('writes only what changed, keeps kept files and removes what is gone', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'kap-update-')), 'dist');
    const first = [
      { path: 'index.html', contents: 'home' },
      { path: 'a/index.html', contents: 'a' },
      { path: 'b/index.html', contents: 'b' },
      { path: 'gone.txt', contents: 'gone' },
    ];
    writeSite(first, out);
    const unchangedTime = statSync(join(out, 'index.html')).mtimeMs;
    const digests = updateSite(
      [
        { path: 'index.html', contents: 'home' },
        { path: 'a/index.html', from: join(out, 'a/index.html') },
        { path: 'b/index.html', contents: 'b changed' },
        { path: 'c/new.txt', contents: 'new' },
      ],
      out,
      digestSite(first),
    );
    expect(readdirSync(out, { recursive: true }).map(String).sort()).toEqual([
      'a',
      'a/index.html',
      'b',
      'b/index.html',
      'c',
      'c/new.txt',
      'index.html',
    ]);
    expect(readFileSync(join(out, 'b/index.html'), 'utf8')).toBe('b changed');
    expect(readFileSync(join(out, 'a/index.html'), 'utf8')).toBe('a');
    expect(statSync(join(out, 'index.html')).mtimeMs).toBe(unchangedTime);
    expect([...digests.keys()].sort()).toEqual(['a/index.html', 'b/index.html', 'c/new.txt', 'index.html']);
    expect(digests).toEqual(
      digestSite([
        { path: 'index.html', contents: 'home' },
        { path: 'a/index.html', contents: 'a' },
        { path: 'b/index.html', contents: 'b changed' },
        { path: 'c/new.txt', contents: 'new' },
      ]),
    );
  });

  it('writes the bytes of a binary file given in base64', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'kap-update-')), 'dist');
    writeSite([{ path: 'index.html', contents: 'home' }], out);
    const bytes = Buffer.from([0, 0, 1, 0, 0x89, 0xff]);
    updateSite([{ path: 'favicon.ico', contents: bytes.toString('base64'), encoding: 'base64' }], out, digestSite([]));
    expect(readFileSync(join(out, 'favicon.ico'))).toEqual(bytes);
  });
});
