import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeSiteFiles } from '../src/lib/write-site-files.js';

const freshDir = () => mkdtempSync(join(tmpdir(), 'kap-feed-out-'));

describe('writeSiteFiles', () => {
  it('replaces the output folder with exactly the given files and leaves no temporary folder', () => {
    const root = freshDir();
    const dist = join(root, 'dist');
    mkdirSync(dist);
    writeFileSync(join(dist, 'stale.xml'), 'old');
    writeSiteFiles(dist, [
      { path: 'feed.xml', contents: '<rss/>' },
      { path: 'topics/ptsd/feed.json', contents: '{}' },
    ]);
    expect(readdirSync(root)).toEqual(['dist']);
    expect(readdirSync(dist, { recursive: true }).map(String).sort()).toEqual([
      'feed.xml',
      'topics',
      'topics/ptsd',
      'topics/ptsd/feed.json',
    ]);
    expect(readFileSync(join(dist, 'topics', 'ptsd', 'feed.json'), 'utf8')).toBe('{}');
  });

  it('creates the output folder when there is none yet', () => {
    const root = freshDir();
    writeSiteFiles(join(root, 'dist'), [{ path: 'feed.xml', contents: 'x' }]);
    expect(readFileSync(join(root, 'dist', 'feed.xml'), 'utf8')).toBe('x');
  });

  it('leaves the last good output untouched when a file cannot be written', () => {
    const root = freshDir();
    const dist = join(root, 'dist');
    mkdirSync(dist);
    writeFileSync(join(dist, 'feed.xml'), 'last good');
    expect(() =>
      writeSiteFiles(dist, [
        { path: 'feed.xml', contents: 'new' },
        { path: '../escape.xml', contents: 'bad' },
      ]),
    ).toThrow('expected a path inside the output folder, got "../escape.xml"');
    expect(readdirSync(root)).toEqual(['dist']);
    expect(readFileSync(join(dist, 'feed.xml'), 'utf8')).toBe('last good');
  });
});
