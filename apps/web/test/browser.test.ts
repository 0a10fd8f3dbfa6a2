import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { loadContent, sitePaths } from '@kap/content';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWeb } from '../src/index.js';

// The real content, built the way the CLI builds it, served over HTTP like a static host.
const content = await loadContent();
const files = buildWeb(content);
const builtPaths = new Set(files.map((file) => file.path));
const pagePaths = files.filter((file) => file.path.endsWith('.html')).map((file) => file.path);
const urlOf = (path: string) => `/${path.replace(/(^|\/)index\.html$/, '$1')}`;

// Files the other channels publish beside the web site: checked against sitePaths, not disk.
const otherChannels = new Set([
  sitePaths.textIndex,
  sitePaths.rss,
  sitePaths.atom,
  sitePaths.jsonFeed,
  ...content.articles.map((article) => sitePaths.text(article.slug)),
  ...content.topics.flatMap((topic) => [
    sitePaths.topicRss(topic.slug),
    sitePaths.topicAtom(topic.slug),
    sitePaths.topicJsonFeed(topic.slug),
  ]),
]);

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const screenshotDir = join(tmpdir(), 'kap-web-screenshots');
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};

let root: string;
let server: Server;
let origin: string;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'kap-web-'));
  for (const file of files) {
    const path = join(root, ...file.path.split('/'));
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.contents);
  }
  server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const path = normalize(join(root, pathname.endsWith('/') ? `${pathname}index.html` : pathname));
    const found = path.startsWith(root + sep) ? readOrUndefined(path) : undefined;
    response.writeHead(found ? 200 : 404, { 'content-type': types[extname(found ? path : '.html')] ?? 'application/octet-stream' });
    response.end(found ?? readFileSync(join(root, '404.html')));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  page = await browser.newPage();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  if (root) rmSync(root, { recursive: true, force: true });
});

function readOrUndefined(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

async function open(path: string, options: { width?: number; colorScheme?: 'light' | 'dark' } = {}) {
  await page.setViewportSize({ width: options.width ?? 1024, height: 768 });
  await page.emulateMedia({ colorScheme: options.colorScheme ?? 'light' });
  const response = await page.goto(origin + urlOf(path));
  expect(response?.status(), path).toBe(200);
}

describe('the built site in a real browser', () => {
  it('builds at least the home page, an article page per article and a topic page per topic', () => {
    // help.md, when there is one, is the help page: it is built once.
    const pages = content.pages.filter((candidate) => candidate.slug !== 'help').length;
    expect(pagePaths.length).toBe(1 + content.articles.length + 1 + content.topics.length + pages + 2);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violations on any page in ${colorScheme} mode`, async () => {
      const report: string[] = [];
      for (const path of pagePaths) {
        await open(path, { colorScheme });
        await page.evaluate(axeSource);
        const violations = await page.evaluate(async (tags) => {
          // biome-ignore lint/suspicious/noExplicitAny: axe is injected into the page at run time
          const axe = (window as any).axe;
          const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
          // A run that checked almost nothing would also report no violations.
          if (result.passes.length < 20) return [`axe ran only ${result.passes.length} rules that passed`];
          return result.violations.map(
            (violation: { id: string; help: string; nodes: Array<{ target: string[]; failureSummary: string }> }) =>
              `${violation.id}: ${violation.help}\n${violation.nodes.map((node) => `    ${node.target.join(' ')}: ${node.failureSummary}`).join('\n')}`,
          );
        }, axeTags);
        for (const violation of violations) report.push(`${path}: ${violation}`);
      }
      if (report.length > 0) console.log(report.join('\n'));
      expect(report).toEqual([]);
    });
  }

  it('moves focus to the skip link on the first Tab and into main on Enter, on every page', async () => {
    for (const path of pagePaths) {
      await open(path);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => [document.activeElement?.textContent, document.activeElement?.getAttribute('href')]), path).toEqual([
        'Skip to main content',
        '#main',
      ]);
      const visible = await page.evaluate(() => {
        const rect = document.activeElement?.getBoundingClientRect();
        return rect !== undefined && rect.top >= 0 && rect.bottom <= window.innerHeight && rect.width > 0;
      });
      expect(visible, `${path}: the focused skip link is on screen`).toBe(true);
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id), path).toBe('main');
    }
  });

  it('reflows to 320 pixels wide without scrolling sideways, on every page', async () => {
    for (const path of pagePaths) {
      await open(path, { width: 320 });
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
      expect(scrollWidth, path).toBeLessThanOrEqual(clientWidth);
    }
  });

  it('puts the crisis help link in the same place on every page: the first link of the footer', async () => {
    for (const path of pagePaths) {
      await open(path);
      const link = await page.evaluate(() => {
        const first = document.querySelector('body > footer a');
        return [first?.textContent, first?.getAttribute('href')];
      });
      expect(link, path).toEqual(['If you are in crisis, find help now', '/help/']);
    }
  });

  it('resolves every internal link, stylesheet and image to a built file or another channel, and every fragment to an id', async () => {
    const ids = new Map<string, string[]>();
    const targets: Array<{ from: string; url: string }> = [];
    for (const path of pagePaths) {
      await open(path);
      ids.set(urlOf(path), await page.evaluate(() => [...document.querySelectorAll('[id]')].map((node) => node.id)));
      const urls = await page.evaluate(() =>
        [...document.querySelectorAll('a[href], link[href], img[src], script[src], source[src]')].map(
          (node) => (node as HTMLAnchorElement).href || (node as HTMLImageElement).src,
        ),
      );
      for (const url of urls) targets.push({ from: path, url });
    }
    const broken: string[] = [];
    for (const { from, url } of targets) {
      const target = new URL(url);
      if (target.origin !== origin) continue;
      const file = target.pathname.replace(/^\//, '').replace(/(^|\/)$/, '$1index.html');
      if (!builtPaths.has(file) && !otherChannels.has(target.pathname)) broken.push(`${from}: ${url}`);
      if (target.hash && !ids.get(target.pathname)?.includes(decodeURIComponent(target.hash.slice(1)))) broken.push(`${from}: ${url}`);
    }
    expect(targets.length).toBeGreaterThan(pagePaths.length * 10);
    expect(broken).toEqual([]);
  });

  it('takes screenshots of the home page and an article, light and dark, for people to look at', async () => {
    mkdirSync(screenshotDir, { recursive: true });
    const article = `articles/${content.articles.find((candidate) => candidate.needsCrisisNotice)?.slug ?? content.articles[0]?.slug}/index.html`;
    for (const [name, path] of [
      ['home', 'index.html'],
      ['article', article],
    ] as const) {
      for (const colorScheme of ['light', 'dark'] as const) {
        for (const width of [1024, 375]) {
          await open(path, { colorScheme, width });
          const shot = join(screenshotDir, `${name}-${colorScheme}-${width}.png`);
          await page.screenshot({ path: shot, fullPage: true });
          expect(readFileSync(shot).subarray(1, 4).toString()).toBe('PNG');
        }
      }
    }
  });
});

describe('the built HTML', () => {
  it('passes html-validate with the recommended rules on every page', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const appDir = join(import.meta.dirname, '..');
    const problems: string[] = [];
    for (const file of files.filter((candidate) => candidate.path.endsWith('.html'))) {
      const report = await validator.validateString(file.contents, join(appDir, 'dist', file.path));
      for (const result of report.results) {
        for (const message of result.messages)
          problems.push(`${file.path}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
