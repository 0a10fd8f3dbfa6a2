import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
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

/** The hostile fixture content, compiled as of a fixed day so no date counts as future. */
export function hostileContent(): Content {
  const contentDir = fileURLToPath(new URL('./fixtures/hostile', import.meta.url));
  return compileContent({ contentDir, now: new Date('2026-11-22T00:00:00Z') }).content;
}

/** Every `href` and `src` value in an HTML string written by hast-util-to-html (always double-quoted). */
export function htmlUrls(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((match) => match[1] ?? '');
}
