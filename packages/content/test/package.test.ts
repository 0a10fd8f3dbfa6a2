// Installs the packed tarball into a fresh folder outside the repository and uses it the
// way another developer would: import, require, and a type-checked consumer.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const packageDir = join(import.meta.dirname, '..');
const bin = (name: string) => join(packageDir, '..', '..', 'node_modules', '.bin', name);
const consumer = mkdtempSync(join(tmpdir(), 'kap-consumer-'));
let tarball = '';

const run = (command: string, args: string[], cwd = consumer) =>
  execFileSync(command, args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, npm_config_loglevel: 'error' },
  });

beforeAll(() => {
  run('npm', ['pack', '--pack-destination', consumer], packageDir);
  tarball = join(consumer, readdirSync(consumer).find((name) => name.endsWith('.tgz')) ?? '');
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', tarball]);
}, 120_000);

afterAll(() => rmSync(consumer, { recursive: true, force: true }));

describe('the packed package', () => {
  it('imports as an ES module', () => {
    const out = run('node', ['--input-type=module', '-e', "import { getArticles } from '@kap/content'; console.log(getArticles().length)"]);
    expect(Number(out.trim())).toBeGreaterThan(0);
  });

  it('loads with require', () => {
    const out = run('node', [
      '-e',
      "const c = require('@kap/content'); const a = c.getArticles()[0]; c.getArticleBody(a.slug).then((b) => console.log(b.type))",
    ]);
    expect(out.trim()).toBe('root');
  });

  it('type-checks a consumer with tsc --noEmit', () => {
    writeFileSync(
      join(consumer, 'consumer.ts'),
      [
        "import { getArticle, getArticleBody, getArticles, type ArticleMeta, type CitedReference, type Review } from '@kap/content';",
        'const newest: ArticleMeta | undefined = getArticles()[0];',
        'const title: string | undefined = newest?.title;',
        'const minutes: number | undefined = newest ? getArticle(newest.slug).readingMinutes : undefined;',
        "const kind: 'root' | undefined = newest ? (await getArticleBody(newest.slug)).type : undefined;",
        'const sources: readonly CitedReference[] = newest?.references ?? [];',
        'const review: Review | undefined = newest?.review;',
        "const cited: number[] = newest ? (await getArticleBody(newest.slug)).children.flatMap((node) => (node.type === 'paragraph' ? node.children : [])).flatMap((node) => (node.type === 'citation' ? [...node.numbers] : [])) : [];",
        '// @ts-expect-error an article has no field "author"',
        'newest?.author;',
        "// @ts-expect-error no slug but a published article's is accepted",
        "getArticle('no-such-article');",
        'console.log(title, minutes, kind, sources[0]?.href, review?.reviewer, cited);',
      ].join('\n'),
    );
    writeFileSync(
      join(consumer, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { module: 'nodenext', target: 'es2022', strict: true, noEmit: true, skipLibCheck: false, types: [] },
        files: ['consumer.ts'],
      }),
    );
    expect(run(bin('tsc'), ['--noEmit', '-p', '.'])).toBe('');
  });

  it('ships declarations that import nothing from zod, unified or yaml', () => {
    const dist = join(consumer, 'node_modules', '@kap', 'content', 'dist');
    const declarations = readdirSync(dist).filter((name) => /\.d\.c?ts$/.test(name));
    expect(declarations.length).toBeGreaterThan(0);
    for (const name of declarations) {
      const imports = [...readFileSync(join(dist, name), 'utf8').matchAll(/from '([^']+)'|import '([^']+)'/g)].map((m) => m[1] ?? m[2]);
      expect(imports.filter((source) => !source?.startsWith('./') && source !== 'mdast')).toEqual([]);
    }
  });

  it('loads no parser when the runtime entry is imported: it reaches nothing outside the package', () => {
    const dist = join(consumer, 'node_modules', '@kap', 'content', 'dist');
    const external = new Set<string>();
    const seen = new Set<string>();
    const walk = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const [, source = ''] of readFileSync(join(dist, file), 'utf8').matchAll(/(?:from|import)\s*["']([^"']+)["']/g)) {
        if (source.startsWith('./')) walk(source.slice(2));
        else external.add(source);
      }
    };
    walk('index.js');
    expect([...external].sort()).toEqual([]);
  });

  it('passes publint and are-the-types-wrong', () => {
    expect(run(bin('publint'), ['run', packageDir], packageDir)).toContain('All good!');
    expect(run(bin('attw'), [tarball, '--format', 'ascii'], packageDir)).toContain('No problems found');
  });
});
