import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileFor, writeSite } from '../src/index.js';

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
    ).toThrow('Two files have the same path: "feed.xml"');
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('good');
  });

  it('refuses a path that leaves the site', () => {
    for (const path of ['../escape.txt', '/etc/x', 'a/../../b']) {
      expect(() => writeSite([{ path, contents: '' }], outDir())).toThrow(`A site file has an unsafe path: "${path}"`);
    }
  });
});

describe('writeSite when things go wrong', () => {
  it('creates the output folder when there is none yet', () => {
    const out = outDir();
    writeSite([{ path: 'feed.xml', contents: 'x' }], out);
    expect(readFileSync(join(out, 'feed.xml'), 'utf8')).toBe('x');
  });

  it('leaves the last output untouched, and no temporary folder, when a file cannot be written', () => {
    const out = outDir();
    writeSite([{ path: 'feed.xml', contents: 'last good' }], out);
    expect(() =>
      writeSite(
        [
          { path: 'topics', contents: 'a file where a folder must go' },
          { path: 'topics/ptsd/feed.xml', contents: 'new' },
        ],
        out,
      ),
    ).toThrow(/ENOTDIR|EEXIST/);
    expect(readdirSync(join(out, '..'))).toEqual(['dist']);
    expect(readFileSync(join(out, 'feed.xml'), 'utf8')).toBe('last good');
  });
});

describe('writeSite with kept files', () => {
  it('links a kept file from the last output into the new one', () => {
    const out = outDir();
    writeSite([{ path: 'a.txt', contents: 'kept' }], out);
    writeSite(
      [
        { path: 'b.txt', contents: 'new' },
        { path: 'a.txt', from: join(out, 'a.txt') },
      ],
      out,
    );
    expect(readFileSync(join(out, 'a.txt'), 'utf8')).toBe('kept');
    expect(readdirSync(out).sort()).toEqual(['a.txt', 'b.txt']);
  });

  it('leaves the last output in place when a kept file is missing', () => {
    const out = outDir();
    writeSite([{ path: 'a.txt', contents: 'good' }], out);
    expect(() => writeSite([{ path: 'a.txt', from: join(out, 'missing.txt') }], out)).toThrow(/ENOENT/);
    expect(readFileSync(join(out, 'a.txt'), 'utf8')).toBe('good');
    expect(readdirSync(join(out, '..'))).toEqual(['dist']);
  });
});

describe('fileFor', () => {
  it('maps a site path to the file a static host serves for it', () => {
    expect(fileFor('/')).toBe('index.html');
    expect(fileFor('/about/')).toBe('about/index.html');
    expect(fileFor('/topics/ptsd/feed.xml')).toBe('topics/ptsd/feed.xml');
    expect(fileFor('/text/index.txt')).toBe('text/index.txt');
  });
});
