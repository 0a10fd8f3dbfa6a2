// The consumer matrix: the packed tarballs of @kap/content and @kap/render installed in a
// fresh folder outside the repository, used the way other developers use them: Node ESM
// and CommonJS, TypeScript (nodenext and bundler), esbuild for Node and for the browser,
// and a Vite build loaded in Chromium, on the page and in a web worker.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { toHtml, toText } from '@kap/render';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getArticleBody, getArticles } from '../dist/index.js';

const packageDir = join(import.meta.dirname, '..');
const renderDir = join(packageDir, '..', 'render');
const repoBin = (name: string) => join(packageDir, '..', '..', 'node_modules', '.bin', name);
const consumer = mkdtempSync(join(tmpdir(), 'kap-consumer-'));
const tarballs: Record<'content' | 'render', string> = { content: '', render: '' };

const run = (command: string, args: string[], cwd = consumer) =>
  execFileSync(command, args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, npm_config_loglevel: 'error', NODE_OPTIONS: '' },
  });

interface Used {
  titles: string[];
  slug: string;
  headingIds: string[];
  html: string;
  text: string;
}

/** What every consumer must see: the package's own titles, and the newest body rendered. */
async function expected(): Promise<Used> {
  const articles = getArticles();
  const first = articles[0];
  if (!first) throw new Error('no published article');
  const body = await getArticleBody(first.slug);
  return {
    titles: articles.map((article) => article.title),
    slug: first.slug,
    headingIds: first.headings.map((heading) => heading.id),
    html: toHtml(body),
    text: toText(body),
  };
}

function pack(dir: string): string {
  const name = run('npm', ['pack', '--pack-destination', consumer], dir).trim().split('\n').at(-1) ?? '';
  return join(consumer, name);
}

beforeAll(() => {
  tarballs.content = pack(packageDir);
  tarballs.render = pack(renderDir);
  cpSync(join(import.meta.dirname, 'fixtures', 'consumer'), consumer, { recursive: true });
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', tarballs.content, tarballs.render]);
}, 180_000);

afterAll(() => rmSync(consumer, { recursive: true, force: true }));

describe('the packed packages', () => {
  it('are small: the content tarball holds the runtime, the types and the data, no compiler', () => {
    const size = statSync(tarballs.content).size;
    expect(size).toBeLessThan(100_000);
    const files = run('tar', ['-tzf', tarballs.content]).trim().split('\n');
    expect(files.filter((file) => /compiler|cli/.test(file))).toEqual([]);
    expect(files).toContain('package/dist/data/meta.json');
    expect(files).toContain('package/dist/data/bodies.js');
    expect(files).toContain('package/dist/data/bodies.cjs');
  });

  it('work from an ES module on Node', async () => {
    expect(JSON.parse(run('node', ['node-esm.mjs']))).toEqual(await expected());
  });

  it('work from CommonJS on Node', async () => {
    expect(JSON.parse(run('node', ['node-cjs.cjs']))).toEqual(await expected());
  });

  it('give HTML whose headings carry the ids of the table of contents, and abbreviations marked', async () => {
    const { html, headingIds } = await expected();
    for (const id of headingIds) expect(html).toContain(` id="${id}"`);
    expect(html).toMatch(/<abbr title="[^"]+">[A-Z]+<\/abbr>/);
  });

  for (const resolution of ['nodenext', 'bundler'] as const) {
    it(`type-check strictly with ${resolution} resolution: literal slugs, read-only data, async bodies`, () => {
      const module = resolution === 'nodenext' ? 'nodenext' : 'esnext';
      writeFileSync(
        join(consumer, `tsconfig.${resolution}.json`),
        JSON.stringify({
          compilerOptions: {
            module,
            moduleResolution: resolution,
            target: 'es2022',
            lib: ['es2022', 'dom'],
            strict: true,
            exactOptionalPropertyTypes: true,
            noUncheckedIndexedAccess: true,
            noEmit: true,
            skipLibCheck: false,
            types: [],
          },
          files: ['types.ts'],
        }),
      );
      expect(run(repoBin('tsc'), ['-p', `tsconfig.${resolution}.json`])).toBe('');
    });
  }

  it('ship declarations that stand alone: nothing from zod, unified, yaml or the compiler', () => {
    const dist = join(consumer, 'node_modules', '@kap', 'content', 'dist');
    for (const name of readdirSync(dist).filter((file) => /\.d\.c?ts$/.test(file))) {
      const imports = [...readFileSync(join(dist, name), 'utf8').matchAll(/from '([^']+)'|import '([^']+)'/g)].map((m) => m[1] ?? m[2]);
      expect(imports.filter((source) => !source?.startsWith('./') && source !== 'mdast')).toEqual([]);
    }
  });

  it('bundle with esbuild for Node: the bundle runs on its own, each body a chunk of its own', async () => {
    run(repoBin('esbuild'), ['node-esm.mjs', '--bundle', '--platform=node', '--format=esm', '--splitting', '--outdir=out-node']);
    const elsewhere = mkdtempSync(join(tmpdir(), 'kap-bundle-'));
    try {
      cpSync(join(consumer, 'out-node'), elsewhere, { recursive: true });
      writeFileSync(join(elsewhere, 'package.json'), JSON.stringify({ type: 'module' }));
      expect(JSON.parse(run('node', ['node-esm.js'], elsewhere))).toEqual(await expected());
      expect(readdirSync(elsewhere).filter((file) => file.endsWith('.js')).length).toBeGreaterThan(getArticles().length);
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  it('bundle with esbuild for the browser, with no Node built-in anywhere', () => {
    run(repoBin('esbuild'), ['web/main.mjs', '--bundle', '--platform=browser', '--format=esm', '--splitting', '--outdir=out-browser']);
    for (const file of readdirSync(join(consumer, 'out-browser'))) {
      expect(readFileSync(join(consumer, 'out-browser', file), 'utf8')).not.toMatch(/(?:from|import|require)\s*\(?\s*["']node:/);
    }
  });

  it('build with Vite and run in Chromium, on the page and in a web worker', async () => {
    run('node', [
      join(packageDir, '..', '..', 'node_modules', 'vite', 'bin', 'vite.js'),
      'build',
      'web',
      '--outDir',
      '../out-vite',
      '--logLevel',
      'error',
    ]);
    const { server, origin } = await serve(join(consumer, 'out-vite'));
    const browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${origin}/index.html`);
      await page.waitForFunction(() => document.body.dataset.main && document.body.dataset.worker, undefined, { timeout: 20_000 });
      const want = await expected();
      expect(await page.locator('#titles li').allTextContents()).toEqual(want.titles);
      expect(await page.locator('#body h2').first().getAttribute('id')).toBe(want.headingIds[0]);
      expect(JSON.parse((await page.evaluate(() => document.body.dataset.main)) ?? '')).toEqual(want);
      expect(JSON.parse((await page.evaluate(() => document.body.dataset.worker)) ?? '')).toEqual({ ...want, scope: 'worker' });
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('pass publint and are-the-types-wrong', () => {
    expect(run(repoBin('publint'), ['run', packageDir], packageDir)).toContain('All good!');
    expect(run(repoBin('attw'), [tarballs.content, '--format', 'ascii'], packageDir)).toContain('No problems found');
    expect(run(repoBin('publint'), ['run', renderDir], renderDir)).toContain('All good!');
    // @kap/render is an ES module only (as unified is); Node 20.19 and later require() it.
    const render = run(repoBin('attw'), [tarballs.render, '--format', 'ascii', '--profile', 'esm-only'], renderDir);
    expect(render).toContain('node16 (from ESM): 🟢 (ESM)');
    expect(render).toContain('bundler: 🟢');
  });
});

const contentTypes: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript' };

async function serve(root: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const path = normalize(join(root, new URL(request.url ?? '/', 'http://x').pathname));
    try {
      if (!path.startsWith(root + sep)) throw new Error('outside');
      const body = readFileSync(path);
      response.writeHead(200, { 'content-type': contentTypes[extname(path)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}
