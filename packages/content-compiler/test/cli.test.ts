import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { article, contentWith, goodFrontmatter } from './helpers.js';

const packageRoot = join(import.meta.dirname, '..');
const cli = join(packageRoot, 'dist', 'cli.js');
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

  it('writes the metadata as a JSON module, the bodies as ES modules with CommonJS twins, and the slugs as literal types', async () => {
    const root = mkdtempSync(join(tmpdir(), 'kap-data-'));
    const out = join(root, 'data');
    const types = join(out, 'slugs.d.ts');
    expect(run('build', '--content', contentWith({}), '--out', out)).toEqual({
      status: 0,
      stdout: `Content data: 2 articles in ${out} (4 compiled, 2 bodies written)\n`,
      stderr: '',
    });
    expect(readdirSync(out).sort()).toEqual(['bodies', 'bodies.cjs', 'bodies.js', 'meta.json', 'slugs.d.ts']);
    // Each body's module is named by its slug and its revision: a digest of what it was compiled from.
    expect(readdirSync(join(out, 'bodies')).sort()).toEqual([
      expect.stringMatching(/^first-article\.[0-9a-f]{16}\.cjs$/),
      expect.stringMatching(/^first-article\.[0-9a-f]{16}\.js$/),
      expect.stringMatching(/^second-article\.[0-9a-f]{16}\.cjs$/),
      expect.stringMatching(/^second-article\.[0-9a-f]{16}\.js$/),
    ]);
    const meta = (await import(pathToFileURL(join(out, 'meta.json')).href, { with: { type: 'json' } })).default;
    expect(meta.articles.map((article: { slug: string }) => article.slug)).toEqual(['second-article', 'first-article']);
    expect(createRequire(import.meta.url)(join(out, 'meta.json'))).toEqual(meta);
    const { bodies } = await import(pathToFileURL(join(out, 'bodies.js')).href);
    expect((await bodies['first-article']()).default.type).toBe('root');
    const cjsBodies = createRequire(import.meta.url)(join(out, 'bodies.cjs')).bodies;
    expect((await cjsBodies['first-article']()).default).toEqual((await bodies['first-article']()).default);
    expect(readFileSync(types, 'utf8')).toContain('export type ArticleSlug = "second-article" | "first-article";');
    expect(readFileSync(types, 'utf8')).toContain('export type TopicSlug = "ptsd" | "depression";');
  });

  it('leaves the last good data in place when the content is broken', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'kap-data-')), 'data');
    expect(run('build', '--content', contentWith({}), '--out', out).status).toBe(0);
    const before = readFileSync(join(out, 'meta.json'), 'utf8');
    expect(run('build', '--content', broken(), '--out', out).status).toBe(1);
    expect(readFileSync(join(out, 'meta.json'), 'utf8')).toBe(before);
    expect(readdirSync(join(out, '..'))).toEqual(['data']);
  });

  it('explains its usage when the command is unknown, and prints it for --help', () => {
    const unknown = run('publish');
    expect(unknown.status).toBe(2);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toMatch(/^Usage:\n {2}kap-content check \[--content DIR\]/);
    const help = run('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toBe(`${unknown.stderr}`);
    expect(run('build').stderr).toMatch(/^build needs --out DIR\n\nUsage:/);
    expect(run('check', '--nope').stderr).toMatch(/^Unknown option '--nope'/);
  });
});

describe('the generated types', () => {
  it('match the schema', () => {
    const result = spawnSync('node', [join(import.meta.dirname, '..', 'scripts', 'generate-types.mjs'), '--check'], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});

describe('kap-content new', () => {
  it('writes a valid draft with the slug from the title and the day given, and never overwrites', () => {
    const dir = contentWith({});
    const made = run('new', 'What to expect: a first session?', '--content', dir);
    expect(made.status).toBe(0);
    expect(made.stderr).toBe('');
    const path = join(dir, 'articles', 'what-to-expect-a-first-session.md');
    const text = readFileSync(path, 'utf8');
    expect(text).toMatch(/^---\ntitle: "What to expect: a first session\?"\n/);
    expect(text).toContain('published: 2026-11-22\n');
    expect(text).toContain('topics: [ptsd]\n');
    expect(text).toContain('draft: true\n');
    // A draft is checked like any article, but not published.
    expect(run('check', '--content', dir)).toEqual({ status: 0, stdout: 'Content is valid: 2 articles published\n', stderr: '' });
    const again = run('new', 'What to expect: a first session?', '--content', dir);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/what-to-expect-a-first-session\.md already exists/);
    expect(readFileSync(path, 'utf8')).toBe(text);
  });

  it('asks for a title when none is given', () => {
    const result = run('new', '--content', contentWith({}));
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^new needs a title, like: npm run new -- "What to expect in a first session"/);
  });
});

describe('CONTENT_DIR', () => {
  const runWith = (env: Record<string, string>, cwd = tmpdir()) => {
    const base = { ...process.env };
    delete base.CONTENT_DIR;
    delete base.KAP_CWD;
    delete base.INIT_CWD;
    const result = spawnSync('node', [cli, 'check', '--today', '2026-11-22'], { encoding: 'utf8', env: { ...base, ...env }, cwd });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  };

  it('is taken from where the command was run, not from the workspace npm runs it in', () => {
    const dir = contentWith({ 'articles/a-future-article.md': null });
    const parent = join(dir, '..');
    expect(runWith({ CONTENT_DIR: 'content', KAP_CWD: parent }, packageRoot)).toEqual({
      status: 0,
      stdout: 'Content is valid: 2 articles published\n',
      stderr: '',
    });
  });

  it('that is not a folder gets one clear message and exit 1', () => {
    const missing = join(tmpdir(), `kap-missing-${process.pid}`);
    expect(runWith({ CONTENT_DIR: missing })).toEqual({
      status: 1,
      stdout: '',
      stderr: `CONTENT_DIR: expected a folder of content, got ${missing}, which is not a folder or does not exist\n`,
    });
  });
});
