// The published site as one: links between the channels, and every word in every channel.
import { join } from 'node:path';
import { compileContent } from '@kap/content-compiler';
import type { Element, Root as HastRoot } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText as hastToText } from 'hast-util-to-text';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Element as XastElement, Root as XastRoot } from 'xast';
import { fromXml } from 'xast-util-from-xml';
import { publishContent, readTree, realContent, tempDir, today } from './helpers.js';

const { content } = compileContent({ contentDir: realContent, now: today });
const base = content.site.baseUrl;
let site = new Map<string, string>();

beforeAll(async () => {
  const out = join(tempDir('channels'), 'dist');
  await publishContent({ contentDir: realContent, outDir: out });
  site = readTree(out);
});

/** The file a site URL is served from, or undefined for an address outside the site. */
function fileFor(url: string, from: string): string | undefined {
  const resolved = new URL(url, new URL(from, base));
  if (!resolved.href.startsWith(base)) return undefined;
  const path = decodeURIComponent(resolved.pathname.slice(new URL(base).pathname.length));
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}

const elements = (tree: HastRoot, test: (node: Element) => boolean) => {
  const found: Element[] = [];
  visit(tree, 'element', (node) => {
    if (test(node)) found.push(node);
  });
  return found;
};

const xmlElements = (tree: XastRoot, name: string) => {
  const found: XastElement[] = [];
  visit(tree, 'element', (node) => {
    if (node.name === name) found.push(node);
  });
  return found;
};

const xmlText = (node: XastElement) => node.children.map((child) => ('value' in child ? child.value : '')).join('');

/** Lower-case words, so "KAP," and "kap" are the same word. */
const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

describe('links between the channels', () => {
  it('resolve to a published file from every web page, including their #fragments', () => {
    const broken: string[] = [];
    for (const [path, html] of site) {
      if (!path.endsWith('.html')) continue;
      const tree = fromHtml(html);
      for (const node of elements(tree, (node) => typeof (node.properties.href ?? node.properties.src) === 'string')) {
        const url = String(node.properties.href ?? node.properties.src);
        const target = fileFor(url, path);
        if (target === undefined) continue;
        if (!site.has(target)) {
          broken.push(`${path} -> ${url}`);
          continue;
        }
        const fragment = new URL(url, new URL(path, base)).hash.slice(1);
        if (
          fragment &&
          target.endsWith('.html') &&
          elements(fromHtml(site.get(target) ?? ''), (n) => n.properties.id === fragment).length === 0
        ) {
          broken.push(`${path} -> ${url} (no such id)`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('resolve to a published file from every feed: links, ids, self links and the content', () => {
    const broken: string[] = [];
    const check = (path: string, url: string) => {
      const target = fileFor(url, path);
      if (target !== undefined && !site.has(target)) broken.push(`${path} -> ${url}`);
    };
    for (const [path, text] of site) {
      if (path.endsWith('.json') && path.includes('feed')) {
        const feed = JSON.parse(text) as { home_page_url: string; feed_url: string; items: { url: string; content_html: string }[] };
        for (const url of [feed.home_page_url, feed.feed_url, ...feed.items.map((item) => item.url)]) check(path, url);
        for (const item of feed.items) {
          for (const a of elements(fromHtml(item.content_html, { fragment: true }), (n) => n.tagName === 'a'))
            check(path, String(a.properties.href));
        }
      }
      if (!path.endsWith('.xml') || path === 'sitemap.xml') continue;
      const tree = fromXml(text);
      for (const link of [...xmlElements(tree, 'link'), ...xmlElements(tree, 'atom:link')]) {
        check(path, typeof link.attributes.href === 'string' ? link.attributes.href : xmlText(link));
      }
      for (const html of [...xmlElements(tree, 'content:encoded'), ...xmlElements(tree, 'content')].map(xmlText)) {
        for (const a of elements(fromHtml(html, { fragment: true }), (n) => n.tagName === 'a')) check(path, String(a.properties.href));
      }
    }
    expect(broken).toEqual([]);
    expect(site.get('feed.xml')).toContain(`<link>${base}</link>`);
  });

  it('resolve to a published file from the plain-text edition and the sitemap', () => {
    const broken: string[] = [];
    for (const [path, text] of site) {
      if (!path.endsWith('.txt') && path !== 'sitemap.xml') continue;
      for (const url of text.match(/https?:\/\/[^\s<]+/g) ?? []) {
        const target = fileFor(url, path);
        if (target !== undefined && !site.has(target)) broken.push(`${path} -> ${url}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('point from each article page to its text edition and feeds, and from the text edition back to the web', () => {
    for (const article of content.articles) {
      const page = site.get(`articles/${article.slug}/index.html`) ?? '';
      expect(page).toContain(`href="/text/${article.slug}.txt"`);
      expect(page).toContain('type="text/plain"');
      expect(page).toContain('type="application/rss+xml"');
      expect(site.get('text/index.txt')).toContain(`${article.slug}.txt`);
      expect(site.get('feed.xml')).toContain(`<link>${base}articles/${article.slug}/</link>`);
    }
    expect(site.get('text/index.txt')).toContain(base);
  });
});

describe('every word of every article', () => {
  for (const article of content.articles) {
    it(`is in the web page, the RSS item and the plain-text edition of ${article.slug}`, () => {
      const body = content.getBody(article.slug) as Root;
      const texts: string[] = [];
      visit(body, (node) => {
        if (node.type === 'text' || node.type === 'inlineCode') texts.push(node.value);
      });
      const source = new Set(words(texts.join(' ')));
      expect(source.size).toBeGreaterThan(200);

      const page = new Set(words(hastToText(fromHtml(site.get(`articles/${article.slug}/index.html`) ?? ''))));
      const rss = fromXml(site.get('feed.xml') ?? '');
      const item = xmlElements(rss, 'item').find((node) =>
        node.children.some(
          (child) => child.type === 'element' && child.name === 'guid' && xmlText(child) === `${base}articles/${article.slug}/`,
        ),
      );
      expect(item).toBeDefined();
      const encoded = item
        ? xmlElements({ type: 'root', children: [item] }, 'content:encoded')
            .map(xmlText)
            .join('')
        : '';
      const feed = new Set(words(hastToText(fromHtml(encoded, { fragment: true }))));
      const text = new Set(words(site.get(`text/${article.slug}.txt`) ?? ''));

      const missing = (channel: Set<string>) => [...source].filter((word) => !channel.has(word));
      // The text edition writes an abbreviation that speech engines say as a word ("KAP",
      // "EMDR") in its words at every use: there, the term is present when its words are.
      const inWords = (word: string) => {
        const entry = content.glossary.find((term) => term.term.toLowerCase() === word);
        return entry !== undefined && words(entry.expansion).every((part) => text.has(part));
      };
      expect(missing(page)).toEqual([]);
      expect(missing(feed)).toEqual([]);
      expect(missing(text).filter((word) => !inWords(word))).toEqual([]);
    });
  }
});
