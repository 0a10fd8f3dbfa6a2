import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { loadContent, sitePaths } from '@kap/content';
import { siteFileBytes } from '@kap/site-files';
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
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
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
    writeFileSync(path, siteFileBytes(file));
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

async function open(
  path: string,
  options: { width?: number; height?: number; colorScheme?: 'light' | 'dark'; media?: 'screen' | 'print' } = {},
) {
  await page.setViewportSize({ width: options.width ?? 1024, height: options.height ?? 768 });
  await page.emulateMedia({ colorScheme: options.colorScheme ?? 'light', media: options.media ?? 'screen' });
  const response = await page.goto(origin + urlOf(path));
  expect(response?.status(), path).toBe(200);
}

describe('the built site in a real browser', () => {
  it('builds at least the home page, an article page per article and a topic page per topic', () => {
    // help.md, when there is one, is the help page: it is built once.
    const pages = content.pages.filter((candidate) => candidate.slug !== 'help').length;
    // Home, articles, topics, each topic, the content pages, help, subscribe and 404.
    expect(pagePaths.length).toBe(1 + content.articles.length + 1 + content.topics.length + pages + 3);
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

  it('takes screenshots of the home page and an article, light and dark, on a phone and a desktop, for people to look at', async () => {
    mkdirSync(screenshotDir, { recursive: true });
    const article = `articles/${content.articles.find((candidate) => candidate.needsCrisisNotice)?.slug ?? content.articles[0]?.slug}/index.html`;
    for (const [name, path] of [
      ['home', 'index.html'],
      ['article', article],
    ] as const) {
      for (const colorScheme of ['light', 'dark'] as const) {
        for (const { width, height } of screens) {
          await open(path, { colorScheme, width, height });
          const shot = join(screenshotDir, `${name}-${colorScheme}-${width}x${height}.png`);
          await page.screenshot({ path: shot });
          expect(readFileSync(shot).subarray(1, 4).toString()).toBe('PNG');
        }
      }
    }
  });
});

// A phone held upright, and a laptop.
const screens = [
  { width: 375, height: 740 },
  { width: 1280, height: 800 },
];

describe('the article first', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const { width, height } of screens) {
      it(`shows the first two lines of every article's first paragraph on the first screen at ${width} by ${height}, ${colorScheme}`, async () => {
        const tops: string[] = [];
        for (const article of content.articles) {
          await open(`articles/${article.slug}/index.html`, { width, height, colorScheme });
          const first = await page.evaluate(() => {
            const paragraph = document.querySelector('main article .article-body > p');
            if (!paragraph) return undefined;
            const { top } = paragraph.getBoundingClientRect();
            return { top, lineHeight: Number.parseFloat(getComputedStyle(paragraph).lineHeight), screen: window.innerHeight };
          });
          expect(first, article.slug).toBeDefined();
          if (!first) continue;
          tops.push(`${article.slug} ${Math.round(first.top)}`);
          expect(first.top + 2 * first.lineHeight, article.slug).toBeLessThanOrEqual(first.screen);
        }
        console.log(`First paragraph's top at ${width} by ${height}, ${colorScheme}, in pixels: ${tops.join(', ')}`);
      });
    }
  }

  it('keeps the crisis help above the body, with links that call and text 988 on the first screen of a phone', async () => {
    const article = content.articles.find((candidate) => candidate.needsCrisisNotice);
    expect(article).toBeDefined();
    await open(`articles/${article?.slug}/index.html`, { width: 375, height: 740 });
    const links = await page.evaluate(() =>
      [...document.querySelectorAll('.crisis-banner a')].map((link) => ({
        href: link.getAttribute('href'),
        bottom: link.getBoundingClientRect().bottom,
        beforeBody: Boolean(
          link.compareDocumentPosition(document.querySelector('.article-body') as Node) & Node.DOCUMENT_POSITION_FOLLOWING,
        ),
      })),
    );
    expect(links.map((link) => link.href)).toEqual(['tel:988', 'sms:988', '#crisis-notice']);
    for (const link of links) expect(link.bottom).toBeLessThanOrEqual(740);
    for (const link of links) expect(link.beforeBody).toBe(true);
  });

  it('opens the folded contents by keyboard, and a heading reached from it is not flush with the top', async () => {
    const article = content.articles.find((candidate) => candidate.headings.length >= 3);
    await open(`articles/${article?.slug}/index.html`, { width: 375, height: 740 });
    await page.focus('.toc summary');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.querySelector('.toc details')?.hasAttribute('open'))).toBe(true);
    await page.click('.toc li:nth-child(2) > a');
    await page.waitForFunction(() => {
      const target = document.querySelector(':target');
      return target !== null && Math.abs(target.getBoundingClientRect().top - 24) < 2;
    });
    const top = await page.evaluate(() => document.querySelector(':target')?.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(16);
  });
});

describe('finding the way', () => {
  it('marks Topics as the current section in the menu on article and topic pages, and the current page elsewhere', async () => {
    const current = async (path: string) => {
      await open(path);
      return page.evaluate(() =>
        [...document.querySelectorAll('nav[aria-label="Site"] a[aria-current]')].map((link) => [
          link.textContent,
          link.getAttribute('aria-current'),
        ]),
      );
    };
    expect(await current(`articles/${content.articles[0]?.slug}/index.html`)).toEqual([['Topics', 'true']]);
    expect(await current(`topics/${content.topics[0]?.slug}/index.html`)).toEqual([['Topics', 'true']]);
    expect(await current('subscribe/index.html')).toEqual([['Subscribe', 'page']]);
  });

  it('shows the breadcrumbs of an article on one line of a phone, and all of them on a desktop', async () => {
    const article = content.articles[0];
    const topic = content.topics.find((candidate) => candidate.slug === article?.topics[0]);
    for (const { width, height } of screens) {
      await open(`articles/${article?.slug}/index.html`, { width, height });
      const crumbs = await page.evaluate(() => {
        const nav = document.querySelector('nav[aria-label="Breadcrumb"]');
        const visible = [...(nav?.querySelectorAll('a') ?? [])].filter((link) => link.getClientRects().length > 0);
        return {
          names: visible.map((link) => link.textContent),
          lines: new Set(visible.map((link) => link.getBoundingClientRect().top)).size,
        };
      });
      expect(crumbs.names).toEqual(width < 480 ? ['Home', topic?.title] : ['Home', 'Topics', topic?.title]);
      expect(crumbs.lines).toBe(1);
    }
  });

  it('serves the icon to a browser that asks for /favicon.ico, and names /favicon.svg in the head', async () => {
    await open('index.html');
    const icons = await page.evaluate(async () =>
      Promise.all(
        ['/favicon.ico', document.querySelector('link[rel="icon"]')?.getAttribute('href') ?? ''].map(async (path) => {
          const response = await fetch(path);
          return [path, response.status, response.headers.get('content-type'), (await response.arrayBuffer()).byteLength > 100];
        }),
      ),
    );
    expect(icons).toEqual([
      ['/favicon.ico', 200, 'image/x-icon', true],
      ['/favicon.svg', 200, 'image/svg+xml', true],
    ]);
  });

  it('gives on the subscribe page the address to copy of every feed, as visible text, for the site and each topic', async () => {
    await open('subscribe/index.html', { width: 375, height: 740 });
    const text = await page.evaluate(() => document.querySelector('main')?.innerText ?? '');
    expect(text).toContain('What a feed is');
    expect(text).toContain('feed reader app');
    const base = content.site.baseUrl.replace(/\/$/, '');
    for (const path of [
      sitePaths.rss,
      sitePaths.atom,
      sitePaths.jsonFeed,
      ...content.topics.flatMap((topic) => [
        sitePaths.topicRss(topic.slug),
        sitePaths.topicAtom(topic.slug),
        sitePaths.topicJsonFeed(topic.slug),
      ]),
    ]) {
      expect(text).toContain(`${base}${path}`);
    }
    for (const format of ['RSS', 'Atom', 'JSON Feed']) expect(text).toContain(format);
  });
});

describe('the printed page', () => {
  it('prints the page address, hides the menus, and prints each link in the article with its whole address', async () => {
    const article = content.articles[0];
    await open(`articles/${article?.slug}/index.html`, { media: 'print' });
    const printed = await page.evaluate(() => {
      const shown = (selector: string) => {
        const node = document.querySelector(selector);
        return node !== null && getComputedStyle(node).display !== 'none';
      };
      const afterContent = (selector: string) => {
        const link = document.querySelector(selector);
        return link ? getComputedStyle(link, '::after').content : undefined;
      };
      return {
        address: shown('.print-only') ? document.querySelector('.print-only')?.textContent : undefined,
        menu: shown('nav[aria-label="Site"]'),
        breadcrumbs: shown('nav[aria-label="Breadcrumb"]'),
        topic: afterContent('.article-topics a[href^="/topics/"]'),
        source: afterContent('.sources a[href^="http"]'),
        crisis: afterContent('footer .crisis-link a'),
      };
    });
    const base = content.site.baseUrl.replace(/\/$/, '');
    expect(printed.address).toBe(`Printed from ${base}${sitePaths.article(article?.slug ?? '')}`);
    expect(printed.menu).toBe(false);
    expect(printed.breadcrumbs).toBe(false);
    expect(printed.topic).toBe(`" (${base}${sitePaths.topic(article?.topics[0] ?? '')})"`);
    expect(printed.source).toMatch(/^" \(https:\/\/.+\)"$/);
    expect(printed.crisis).toBe(`" (${base}/help/)"`);
  });

  it('shows no page address on screen', async () => {
    await open('index.html');
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.print-only') as Element).display)).toBe('none');
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
