import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileFor, type KeptFile, openSite, type SiteDigests, type SiteFile, writeSite } from '../src/index.js';

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

  it('writes the bytes of a binary file given in base64', () => {
    const out = outDir();
    const bytes = Buffer.from([0, 0, 1, 0, 0x89, 0x50, 0xff]);
    writeSite([{ path: 'favicon.ico', contents: bytes.toString('base64'), encoding: 'base64' }], out);
    expect(readFileSync(join(out, 'favicon.ico'))).toEqual(bytes);
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

describe('openSite with a spare folder', () => {
  const tree = (dir: string) =>
    Object.fromEntries(
      readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .sort()
        .map((path) => [path, statSync(join(dir, path)).isFile() ? readFileSync(join(dir, path), 'utf8') : 'folder']),
    );
  const publish = (out: string, files: (SiteFile | KeptFile)[], spare?: SiteDigests) => {
    const site = openSite(out, { keepPrevious: true, ...(spare ? { spare } : {}) });
    for (const file of files) site.add(file);
    return { reusing: site.reusing, digests: site.commit() };
  };

  it('brings the output before last up to date instead of writing a whole new folder', () => {
    const out = outDir();
    const first = publish(out, [
      { path: 'a.txt', contents: 'one' },
      { path: 'b.txt', contents: 'same' },
      { path: 'old/gone.txt', contents: 'removed later' },
    ]);
    expect(first.reusing).toBe(false);
    const second = publish(out, [
      { path: 'a.txt', contents: 'two' },
      { path: 'b.txt', from: join(out, 'b.txt'), digest: first.digests.get('b.txt') ?? '' },
    ]);
    expect(tree(`${out}.previous`)).toEqual({ 'a.txt': 'one', 'b.txt': 'same', old: 'folder', 'old/gone.txt': 'removed later' });
    // The live output's kept file is a hard link shared with the spare folder.
    const kept = statSync(join(out, 'b.txt')).ino;
    expect(statSync(join(`${out}.previous`, 'b.txt')).ino).toBe(kept);

    const third = publish(
      out,
      [
        { path: 'a.txt', contents: 'three' },
        { path: 'b.txt', contents: 'changed' },
        { path: 'c.txt', from: join(out, 'a.txt'), digest: second.digests.get('a.txt') ?? '' },
      ],
      first.digests,
    );
    expect(third.reusing).toBe(true);
    expect(tree(out)).toEqual({ 'a.txt': 'three', 'b.txt': 'changed', 'c.txt': 'two' });
    // The output it replaced is kept as it was, its shared file untouched by the rewrite.
    expect(tree(`${out}.previous`)).toEqual({ 'a.txt': 'two', 'b.txt': 'same' });
    expect(statSync(join(`${out}.previous`, 'b.txt')).ino).toBe(kept);
    expect(readdirSync(join(out, '..')).sort()).toEqual(['dist', 'dist.previous']);
  });

  it('writes a whole new folder when there is no spare one', () => {
    const out = outDir();
    const first = publish(out, [{ path: 'a.txt', contents: 'one' }]);
    rmSync(`${out}`, { recursive: true });
    const second = publish(out, [{ path: 'a.txt', contents: 'two' }], first.digests);
    expect(second.reusing).toBe(false);
    expect(tree(out)).toEqual({ 'a.txt': 'two' });
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
