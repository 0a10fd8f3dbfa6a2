import GithubSlugger from 'github-slugger';
import type { Heading as MdastHeading, Root } from 'mdast';
import { toString as nodeText } from 'mdast-util-to-string';
import type { GlossaryEntry, Heading } from '../types.js';

const wordPattern = /[\p{L}\p{N}]+(?:['\u2019.-][\p{L}\p{N}]+)*/gu;

/** Counts words the way a reader would: "long-term" and "don't" are one word each. */
export function countWords(text: string): number {
  return text.match(wordPattern)?.length ?? 0;
}

/** The body's text, one block per line. */
export function bodyText(body: Root): string {
  return body.children.map((node) => nodeText(node, { includeImageAlt: true })).join('\n');
}

/**
 * Gives every heading of the body its id (as `data.hProperties.id`, which remark-rehype
 * turns into the HTML `id`), and returns the h2 and h3 headings: the table of contents.
 * The ids live in the tree so that HTML made from it anywhere has the contents' anchors.
 */
export function markHeadings(body: Root): Heading[] {
  const headings: Heading[] = [];
  for (const { node, text, id } of headingsWithIds(body)) {
    // remark-rehype copies data.hProperties onto the HTML element.
    // Typed here, not from mdast-util-to-hast's augmentation of mdast, which a package that
    // checks these sources may or may not see.
    const data = (node.data ?? {}) as { hProperties?: Record<string, unknown> | undefined };
    node.data = Object.assign(data, { hProperties: { ...data.hProperties, id } }) as typeof node.data;
    if (node.depth === 2 || node.depth === 3) headings.push({ depth: node.depth, text, id });
  }
  return headings;
}

/** Each heading of the body with its text and the id the web page gives it, in order. */
export function headingsWithIds(body: Root): { node: MdastHeading; text: string; id: string }[] {
  const slugger = new GithubSlugger();
  return body.children.flatMap((node) => {
    if (node.type !== 'heading') return [];
    const text = nodeText(node);
    return [{ node, text, id: slugger.slug(text) }];
  });
}

/** The glossary entries whose abbreviation the text uses, in glossary order. */
export function usedGlossary(text: string, glossary: readonly GlossaryEntry[]): GlossaryEntry[] {
  return glossary.filter((entry) => new RegExp(`\\b${entry.term}\\b`).test(text));
}

/** The first paragraph as plain text, cut at a sentence end when it runs past `limit`. */
export function makeExcerpt(body: Root, limit = 240): string {
  const first = body.children.find((node) => node.type === 'paragraph');
  const text = first ? nodeText(first).replace(/\s+/g, ' ').trim() : '';
  if (text.length <= limit) return text;
  const head = text.slice(0, limit);
  const sentenceEnd = Math.max(head.lastIndexOf('. '), head.lastIndexOf('? '), head.lastIndexOf('! '));
  if (sentenceEnd > limit / 3) return head.slice(0, sentenceEnd + 1);
  return `${head.slice(0, head.lastIndexOf(' '))}\u2026`;
}

/** Whether the text mentions suicide, so the crisis notice must appear with it. */
export function mentionsSuicide(...texts: string[]): boolean {
  return texts.some((text) => /suicid/i.test(text));
}
