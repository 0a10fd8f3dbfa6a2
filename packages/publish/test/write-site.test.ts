import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeSite } from '../src/lib/write-site.js';

const outDir = () => join(mkdtempSync(join(tmpdir(), 'kap-write-')), 'dist');

describe('writeSite', () => {
  it('replaces the whole folder, leaving no stale file and no temporary folder', () => {
    const out = outDir();
    writeSite([{ path: 'old.txt', contents: 'old' }], out);
    writeSite([{ path: 'a/b/new.txt', contents: 'new' }], out);
    expect(readdirSync(out, { recursive: true }).sort()).toEqual(['a', 'a/b', 'a/b/new.txt']);
    expect(readdirSync(join(out, '..'))).toEqual(['dist']);
  });

  it('refuses two files with one path, before touching the folder', () => {
    const out = outDir();
    writeSite([{ path: 'index.html', contents: 'good' }], out);
    expect(() =>
      writeSite(
        [
          { path: 'feed.xml', contents: 'one' },
          { path: 'feed.xml', contents: 'two' },
        ],
        out,
      ),
    ).toThrow('Two channels wrote the same file: "feed.xml"');
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('good');
  });

  it('refuses a path that leaves the site', () => {
    for (const path of ['../escape.txt', '/etc/x', 'a/../../b']) {
      expect(() => writeSite([{ path, contents: '' }], outDir())).toThrow(`A site file has an unsafe path: "${path}"`);
    }
  });
});
