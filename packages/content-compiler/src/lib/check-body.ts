import { SKIP, walk } from '@kap/tree-walk';
import type { Definition, Link, Nodes, Root } from 'mdast';
import type { GlossaryEntry } from '../types.js';
import { headingsWithIds } from './derive-fields.js';
import { didYouMean, type Problem } from './problems.js';

/** A root-relative link to another article or topic, checked once every file is read. */
export interface InternalLink {
  kind: 'articles' | 'topics';
  slug: string;
  line: number;
  column: number;
}

// Browsers skip ASCII whitespace and control characters in a scheme: java\tscript: still runs.
const unsafeScheme = /^(javascript|vbscript|data):/i;
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters browsers skip
const ignoredInScheme = /[\u0000-\u0020]/g;
const internal = /^\/(articles|topics)\/([^/#?]+)\/?(?:[#?].*)?$/;
const abbreviation = /\b[A-Z][A-Z0-9]+\b/g;
// Images come from the site itself: a remote image would tell another server who reads what.
const sitePath = /^\/(?!\/)\S+$/;
// Where a link may point: the web (https, or http for old sites), mail, a phone, or a path of this site.
const linkAddress = /^(?:https?:\/\/[^\s/]+|mailto:\S+|tel:\+?[\d-]+|sms:\+?[\d-]+|\/(?!\/)\S*)/i;

function describeUrl(url: string): string {
  if (url.trim() === '') return 'none';
  return JSON.stringify(url.length > 60 ? `${url.slice(0, 60)}...` : url);
}

function decodeFragment(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

/**
 * Checks an article body for what no channel can render well: raw HTML, unsafe links,
 * images without alt text, headings that skip a level, and abbreviations that are not
 * in the glossary or are used before they are spelled out.
 */
export function checkBody(file: string, body: Root, glossary: readonly GlossaryEntry[]) {
  const problems: Problem[] = [];
  const links: InternalLink[] = [];
  const at = (node: Nodes, field: string, message: string) =>
    problems.push({
      file,
      line: node.position?.start.line ?? 1,
      column: node.position?.start.column ?? 1,
      field,
      message,
    });

  if (body.children.length === 0) {
    problems.push({ file, line: 1, column: 1, field: 'body', message: 'expected the article text after the frontmatter, got nothing' });
    return { problems, links };
  }

  const fragments: (Link | Definition)[] = [];
  let previousDepth = 1;
  walk<Nodes>(body, (node) => {
    switch (node.type) {
      case 'heading':
        if (node.depth === 1) {
          at(node, 'heading', 'expected ## for a section, got #: the title is the only level 1 heading');
        } else if (node.depth > previousDepth + 1) {
          at(
            node,
            'heading',
            `expected a heading of level ${previousDepth + 1} or less, got level ${node.depth}: headings cannot skip a level`,
          );
        }
        previousDepth = node.depth;
        break;
      case 'html':
        at(node, 'html', `expected Markdown, got raw HTML ${JSON.stringify(node.value.slice(0, 40))}`);
        break;
      case 'image':
      case 'imageReference':
        if (!node.alt?.trim()) at(node, 'image', 'expected alt text that describes the image, got none');
        if (node.type === 'image' && !sitePath.test(node.url)) {
          at(node, 'image', `expected the path of an image stored with the site, like /images/room.jpg, got ${describeUrl(node.url)}`);
        }
        break;
      case 'link':
      case 'definition': {
        const scheme = unsafeScheme.exec(node.url.replace(ignoredInScheme, ''));
        if (scheme) {
          at(node, 'link', `expected a web address, got a ${scheme[1]?.toLowerCase()}: link`);
          break;
        }
        if (node.url.startsWith('#')) {
          fragments.push(node);
          break;
        }
        if (!linkAddress.test(node.url)) {
          at(node, 'link', `expected an https address or a site path like /articles/some-article/, got ${describeUrl(node.url)}`);
          break;
        }
        const match = internal.exec(node.url);
        if (match?.[1] && match[2]) {
          const { line = 1, column = 1 } = node.position?.start ?? {};
          links.push({ kind: match[1] as InternalLink['kind'], slug: match[2], line, column });
        }
        break;
      }
    }
  });

  // A #fragment must name a heading of this article, as the web page gives them ids.
  const ids = new Set(headingsWithIds(body).map(({ id }) => id));
  for (const link of fragments) {
    const id = decodeFragment(link.url.slice(1));
    if (!ids.has(id)) at(link, 'link', `expected the id of a heading in this article, got "${link.url}"${didYouMean(id, ids)}`);
  }
  checkAbbreviations(body, glossary, at);
  return { problems, links };
}

function checkAbbreviations(body: Root, glossary: readonly GlossaryEntry[], at: (node: Nodes, field: string, message: string) => void) {
  const terms = new Map(glossary.map((entry) => [entry.term, entry.expansion]));
  const seen = new Set<string>();
  // Text read so far, so a first use can be checked against the words just before it.
  let before = '';
  walk<Nodes>(body, (node) => {
    if (node.type === 'code' || node.type === 'inlineCode') return SKIP;
    if (node.type !== 'text') return;
    for (const match of node.value.matchAll(abbreviation)) {
      const term = match[0];
      const expansion = terms.get(term);
      if (expansion === undefined) {
        at(node, 'abbreviation', `expected an abbreviation from the glossary, got "${term}"${didYouMean(term, terms.keys())}`);
        continue;
      }
      if (seen.has(term)) continue;
      seen.add(term);
      const context = (before + node.value.slice(0, match.index)).slice(-expansion.length - 20).toLowerCase();
      if (!context.includes(expansion.toLowerCase())) {
        at(node, 'abbreviation', `expected "${expansion}" spelled out just before the first use of ${term}`);
      }
    }
    before = (before + node.value).slice(-200);
    return undefined;
  });
}
