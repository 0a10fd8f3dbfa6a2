// turbo hashes the repository's files only: the root scripts give the content package's
// build a stamp of an outside CONTENT_DIR, so an edit there is never replayed from cache.
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { realContent, repoRoot, tempDir } from './helpers.js';

const stamp = (env: Record<string, string>) => {
  const base = { ...process.env };
  delete base.CONTENT_DIR;
  return execFileSync('node', [join(repoRoot, 'scripts', 'content-stamp.mjs')], { encoding: 'utf8', env: { ...base, ...env } });
};

describe('the content stamp', () => {
  it('changes with any edit in an outside content folder, and is empty without one', () => {
    const dir = join(tempDir('stamp'), 'content');
    cpSync(realContent, dir, { recursive: true });
    const before = stamp({ CONTENT_DIR: dir });
    expect(before).toMatch(/^[0-9a-f]{64}$/);
    expect(stamp({ CONTENT_DIR: dir })).toBe(before);
    const article = join(dir, 'articles', 'long-term-outcomes-of-kap.md');
    writeFileSync(article, `${readFileSync(article, 'utf8')}\nOne more line.\n`);
    expect(stamp({ CONTENT_DIR: dir })).not.toBe(before);
    expect(stamp({})).toBe('');
    expect(stamp({ CONTENT_DIR: join(dir, 'missing') })).toBe('');
  });

  it('reaches the content package build, and only it, through turbo', () => {
    const turbo = JSON.parse(readFileSync(join(repoRoot, 'turbo.json'), 'utf8'));
    expect(turbo.tasks['@kap/content#build'].env).toEqual(['KAP_CONTENT_STAMP']);
    const scripts = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).scripts;
    for (const name of ['build', 'dev', 'bench'])
      expect(scripts[name]).toContain('export KAP_CONTENT_STAMP="$(node scripts/content-stamp.mjs)"');
  });
});
