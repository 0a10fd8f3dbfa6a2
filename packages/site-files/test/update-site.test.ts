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
});
