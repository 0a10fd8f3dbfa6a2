import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { article, contentWith, goodFrontmatter } from './helpers.js';

const cli = join(import.meta.dirname, '..', 'dist', 'cli.js');
const run = (...args: string[]) => {
  const env = { ...process.env };
  delete env.CONTENT_DIR;
  const result = spawnSync('node', [cli, ...args, '--today', '2026-11-22'], { encoding: 'utf8', env });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
};
const broken = () =>
  contentWith({
    'articles/new-article.md': article(goodFrontmatter.replace('title: A new article\n', ''), '<i>x</i>\n'),
    'articles/a-draft.md': null,
    'articles/a-future-article.md': null,
  });

describe('the kap-content command', () => {
  it('checks content without writing anything', () => {
    expect(run('check', '--content', contentWith({ 'articles/a-future-article.md': null }))).toEqual({
      status: 0,
      stdout: 'Content is valid: 2 articles published\n',
      stderr: '',
    });
  });

  it('prints every located problem, without a stack trace, and exits 1', () => {
    expect(run('check', '--content', broken())).toEqual({
      status: 1,
      stdout: '',
      stderr: [
        'Content has 3 problems:',
        'content/articles/new-article.md:2:1 title: required field is missing',
        'content/articles/new-article.md:8:1 html: expected Markdown, got raw HTML "<i>"',
        'content/articles/new-article.md:8:5 html: expected Markdown, got raw HTML "</i>"',
        '',
      ].join('\n'),
    });
  });

  it('leaves the last good data in place when the content is broken', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'kap-data-')), 'data');
    expect(run('build', '--content', contentWith({}), '--out', out).status).toBe(0);
    const before = readFileSync(join(out, 'meta.js'), 'utf8');
    expect(readdirSync(join(out, 'bodies')).sort()).toEqual([
      'first-article.cjs',
      'first-article.js',
      'second-article.cjs',
      'second-article.js',
    ]);

    expect(run('build', '--content', broken(), '--out', out).status).toBe(1);
    expect(readFileSync(join(out, 'meta.js'), 'utf8')).toBe(before);
    expect(readdirSync(join(out, '..'))).toEqual(['data']);
  });

  it('explains its usage when the command is unknown', () => {
    const result = run('publish');
    expect([result.status, result.stdout]).toEqual([2, '']);
    expect(result.stderr).toMatch(/^Usage:\n {2}kap-content check \[--content DIR\] /);
  });
});

describe('the generated types', () => {
  it('match the schema', () => {
    const result = spawnSync('node', [join(import.meta.dirname, '..', 'scripts', 'generate-types.mjs'), '--check'], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
