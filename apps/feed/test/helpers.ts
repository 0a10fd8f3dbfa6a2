import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileContent } from '@kap/content-compiler';
import type { ArticleMeta, Content, ReadonlyBody } from '@kap/content-compiler/types';
import { crisisPointerTree, describeReview, toSourcesTree } from '@kap/render';
import type { Root } from 'mdast';
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { visit } from 'unist-util-visit';

/** What a strict XML 1.0 + namespaces parse of a document found. */
export interface XmlReport {
  errors: string[];
  /** Every element as `{namespace URI}local name`, in document order. */
  elements: { name: string; uri: string; attributes: Record<string, string> }[];
  /** Every element's text, with the element's expanded name. */
  texts: { element: string; text: string }[];
}

/** Parses with saxes (strict XML 1.0, namespaces on) and reports every error, not just the first. */
export function parseXml(xml: string): XmlReport {
  const report: XmlReport = { errors: [], elements: [], texts: [] };
  const parser = new SaxesParser({ xmlns: true, position: true });
  const open: SaxesTagNS[] = [];
  parser.on('error', (error) => report.errors.push(error.message));
  parser.on('opentag', (tag) => {
    open.push(tag);
    const attributes: Record<string, string> = {};
    for (const attribute of Object.values(tag.attributes)) attributes[attribute.name] = attribute.value;
    report.elements.push({ name: tag.local, uri: tag.uri, attributes });
  });
  parser.on('closetag', () => open.pop());
  parser.on('text', (text) => {
    const current = open.at(-1);
    if (current && text.trim()) report.texts.push({ element: `{${current.uri}}${current.local}`, text });
  });
  parser.write(xml).close();
  return report;
}

/** One feed as Debian's python3-feedparser understood it (see fixtures/read_feed.py). */
export interface ParsedFeed {
  bozo: number;
  bozo_exception: string | null;
  version: string;
  namespaces: Record<string, string>;
  feed: {
    title: string;
    link: string;
    links: { rel: string; href: string; type: string | null }[];
    id: string | null;
    subtitle: string | null;
    language: string | null;
    updated: string | null;
    author: string | null;
    generator: string | null;
    /** `archive` for fh:archive, `complete` for fh:complete. */
    history: string[];
  };
  entries: {
    id: string;
    title: string;
    title_type: string;
    link: string;
    links: { rel: string; href: string; type: string | null }[];
    published: string | null;
    updated: string | null;
    author: string | null;
    summary: string;
    tags: string[];
    tag_labels: (string | null)[];
    /** RSS `domain`, Atom `scheme`. */
    tag_schemes: (string | null)[];
    content: { type: string; value: string; text: string }[];
  }[];
}

const readFeedScript = fileURLToPath(new URL('./fixtures/read_feed.py', import.meta.url));

/** Writes each document to a temporary file and reads them all with feedparser in one run. */
export function readWithFeedparser(documents: Record<string, string>): Record<string, ParsedFeed> {
  const dir = mkdtempSync(join(tmpdir(), 'kap-feed-'));
  const paths = Object.keys(documents).map((name, index) => {
    const path = join(dir, `${index}-${name.replace(/[^a-z0-9.]+/gi, '-')}`);
    writeFileSync(path, documents[name] ?? '');
    return [name, path] as const;
  });
  // Debian's feedparser is installed for the system interpreter, not for any python on PATH.
  const output = execFileSync('/usr/bin/python3', [readFeedScript, ...paths.map(([, path]) => path)], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const byPath = JSON.parse(output) as Record<string, ParsedFeed>;
  return Object.fromEntries(paths.map(([name, path]) => [name, byPath[path] as ParsedFeed]));
}

/** The words of an mdast tree as readers see them: text and code, not image alt text, and each citation's numbers. */
export function treeText(input: ReadonlyBody): string {
  const tree = input as Root;
  const parts: string[] = [];
  visit(tree, (node) => {
    if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') parts.push(node.value);
    if (node.type === 'citation') parts.push(node.numbers.map((number) => `[${number}]`).join(''));
  });
  return parts.join(' ');
}

/** Removes all whitespace, so text from HTML and text from a tree compare equal when their words do. */
export function squash(text: string): string {
  return text.replace(/\s+/g, '');
}

/**
 * The words an item of `article` must carry, in order: crisis notice where needed, body,
 * sources, review, disclaimer, crisis pointer.
 */
export function expectedItemText(content: Content, article: ArticleMeta): string {
  const { crisis, disclaimer } = content.notices;
  return [
    ...(article.needsCrisisNotice ? [crisis.title, treeText(crisis.body)] : []),
    treeText(content.getBody(article.slug)),
    ...(article.references.length > 0 ? ['Sources', treeText(toSourcesTree(article.references))] : []),
    describeReview(article.review),
    disclaimer.title,
    treeText(disclaimer.body),
    treeText(crisisPointerTree()),
  ].join(' ');
}

const hostileDir = fileURLToPath(new URL('./fixtures/hostile', import.meta.url));
// The day fixtures are compiled as of, so no date counts as future and the tests do not age.
const fixtureToday = new Date('2026-11-22T00:00:00Z');

/** The hostile fixture content, compiled as of a fixed day so no date counts as future. */
export function hostileContent(): Content {
  return compileContent({ contentDir: hostileDir, now: fixtureToday }).content;
}

/** The slug of generated article `number`, from 1 for the oldest. */
export const generatedSlug = (number: number) => `generated-${String(number).padStart(4, '0')}`;

/**
 * Writes a content folder of `count` short generated articles, with the hostile fixture's
 * settings, and compiles it. Article n is published on day n (from 1 January 2023) and its
 * file is the same whatever `count` is, so the site of n + 1 articles is the site of n with
 * one newer article, as when an author publishes. Topics: ptsd on three articles in four,
 * depression on every other one, integration on the rest, long-term-outcomes on none. Two
 * tags each, and the tag `ptsd` (the same word as a topic's slug) on every fifth.
 */
export function generatedContent(count: number): Content {
  const dir = mkdtempSync(join(tmpdir(), 'kap-feed-site-'));
  for (const name of ['site.yaml', 'topics.yaml', 'glossary.yaml', 'notices']) {
    cpSync(join(hostileDir, name), join(dir, name), { recursive: true });
  }
  mkdirSync(join(dir, 'articles'));
  for (let number = 1; number <= count; number++) {
    const day = new Date(Date.UTC(2023, 0, number)).toISOString().slice(0, 10);
    const topics = number % 4 === 0 ? ['integration'] : ['ptsd', ...(number % 2 === 1 ? ['depression'] : [])];
    const tags = [`week-${number % 7}`, number % 5 === 0 ? 'ptsd' : 'generated'];
    const frontmatter = [`title: Generated article ${number}`, `description: Article ${number} of a generated site.`];
    frontmatter.push(`published: ${day}`, `topics: [${topics.join(', ')}]`, `tags: [${tags.join(', ')}]`);
    const body = `Generated article ${number} has a few plain words about integration, and one more line.`;
    writeFileSync(join(dir, 'articles', `${generatedSlug(number)}.md`), `---\n${frontmatter.join('\n')}\n---\n\n${body}\n`);
  }
  return compileContent({ contentDir: dir, now: fixtureToday }).content;
}

/** Every `href` and `src` value in an HTML string written by hast-util-to-html (always double-quoted). */
export function htmlUrls(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((match) => match[1] ?? '');
}

// A checker written from https://www.jsonfeed.org/version/1.1/, field by field. No offline
// JSON Feed validator exists, so this is the specification as code.
const topLevelKeys = new Set([
  'version',
  'title',
  'home_page_url',
  'feed_url',
  'description',
  'user_comment',
  'next_url',
  'icon',
  'favicon',
  'authors',
  'author',
  'language',
  'expired',
  'hubs',
  'items',
]);
const itemKeys = new Set([
  'id',
  'url',
  'external_url',
  'title',
  'content_html',
  'content_text',
  'summary',
  'image',
  'banner_image',
  'date_published',
  'date_modified',
  'authors',
  'author',
  'tags',
  'language',
  'attachments',
]);
const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isAbsoluteUrl = (value: unknown) => typeof value === 'string' && URL.canParse(value) && /^https?:\/\//.test(value);

/** Every way `value` breaks JSON Feed 1.1 (and this project's stricter wishes), as sentences. */
export function checkJsonFeed(value: unknown): string[] {
  const problems: string[] = [];
  if (!isObject(value)) return ['the feed is not a JSON object'];
  for (const key of Object.keys(value)) {
    if (!topLevelKeys.has(key) && !key.startsWith('_')) problems.push(`unknown top-level key ${key}`);
  }
  if (value.version !== 'https://jsonfeed.org/version/1.1') problems.push('version is not https://jsonfeed.org/version/1.1');
  if (typeof value.title !== 'string' || value.title === '') problems.push('title is not a non-empty string');
  if (!isAbsoluteUrl(value.home_page_url)) problems.push('home_page_url is not an absolute URL');
  if (!isAbsoluteUrl(value.feed_url)) problems.push('feed_url is not an absolute URL');
  if ('next_url' in value && !isAbsoluteUrl(value.next_url)) problems.push('next_url is not an absolute URL');
  if (typeof value.language !== 'string' || !/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/.test(value.language))
    problems.push('language is not a language tag');
  if ('author' in value) problems.push('author is deprecated in 1.1: use authors');
  checkAuthors(value.authors, 'authors', problems);
  if (!Array.isArray(value.items)) return [...problems, 'items is not an array'];
  const ids = new Set<string>();
  for (const [index, item] of (value.items as unknown[]).entries()) {
    const at = `items[${index}]`;
    if (!isObject(item)) {
      problems.push(`${at} is not an object`);
      continue;
    }
    for (const key of Object.keys(item)) {
      if (!itemKeys.has(key) && !key.startsWith('_')) problems.push(`${at} has unknown key ${key}`);
    }
    if (typeof item.id !== 'string' || item.id === '') problems.push(`${at}.id is not a non-empty string`);
    else if (ids.has(item.id)) problems.push(`${at}.id ${item.id} is not unique`);
    else ids.add(item.id);
    if (!isAbsoluteUrl(item.url)) problems.push(`${at}.url is not an absolute URL`);
    for (const key of ['title', 'summary', 'content_html'] as const) {
      if (typeof item[key] !== 'string' || item[key] === '') problems.push(`${at}.${key} is not a non-empty string`);
    }
    for (const key of ['date_published', 'date_modified'] as const) {
      if (typeof item[key] !== 'string' || !rfc3339.test(item[key]) || Number.isNaN(Date.parse(item[key]))) {
        problems.push(`${at}.${key} is not an RFC 3339 date`);
      }
    }
    if (typeof item.date_published === 'string' && typeof item.date_modified === 'string' && item.date_modified < item.date_published) {
      problems.push(`${at}.date_modified is before date_published`);
    }
    if (!Array.isArray(item.tags) || !item.tags.every((tag) => typeof tag === 'string' && tag !== '')) {
      problems.push(`${at}.tags is not an array of strings`);
    }
    if ('authors' in item) checkAuthors(item.authors, `${at}.authors`, problems);
  }
  return problems;
}

function checkAuthors(authors: unknown, at: string, problems: string[]): void {
  if (!Array.isArray(authors) || authors.length === 0) return void problems.push(`${at} is not a non-empty array`);
  for (const [index, author] of (authors as unknown[]).entries()) {
    if (!isObject(author)) {
      problems.push(`${at}[${index}] is not an object`);
      continue;
    }
    if (typeof author.name !== 'string' || author.name === '') problems.push(`${at}[${index}].name is not a non-empty string`);
    for (const key of Object.keys(author)) {
      if (!['name', 'url', 'avatar'].includes(key) && !key.startsWith('_')) problems.push(`${at}[${index}] has unknown key ${key}`);
    }
  }
}
