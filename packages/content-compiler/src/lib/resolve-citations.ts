import { walk } from '@kap/tree-walk';
import type { Nodes, Root, Text } from 'mdast';
import type { Reference } from '../generated/schema-types.js';
import type { Citation, CitedReference } from '../types.js';
import type { YamlLocator } from './parse-yaml-data.js';
import { didYouMean, type Problem } from './problems.js';

/** Options for {@link resolveCitations}. */
export interface ResolveCitationsOptions {
  /** Locates the frontmatter's `references`, for a reference the text never cites. */
  at?: YamlLocator;
  /**
   * Require a citation somewhere when the text speaks of studies or research: true for
   * articles, whose claims rest on sources; pages such as the editorial policy may talk
   * about research without resting a claim on it.
   */
  citeResearch?: boolean;
}

// remark-parse leaves `[@id]` as literal text, since no link definition matches it.
const written = /\[\s*@[^\]]*\]/g;
const citedId = /^@([a-z0-9]+(?:-[a-z0-9]+)*)$/;
// Words that say a sentence rests on research: such an article must cite its sources.
const researchWords = /\b(?:stud(?:y|ies|ied)|research(?:e[ds]|ers?)?|trials?|evidence|meta-analys[ei]s|scientists?)\b/i;

/**
 * Replaces every written citation in a body (`[@feder-2021]`, `[@feder-2021; @kew-2023]`)
 * by a {@link Citation} node, numbering the references in the order the text first cites
 * them, and checks both ways: every citation names a listed reference, and every listed
 * reference is cited. The space before a citation goes with it: each channel sets its
 * citations off in its own way. Needs the tree's positions, to locate problems.
 */
export function resolveCitations(file: string, body: Root, references: readonly Reference[], options: ResolveCitationsOptions = {}) {
  const problems: Problem[] = [];
  const ids = new Map(references.map((reference) => [reference.id, reference]));
  const numbers = new Map<string, number>();
  let research: { node: Text; offset: number; word: string } | undefined;
  const at = (node: Text, offset: number, field: string, message: string) =>
    problems.push({ file, ...positionIn(node, offset), field, message });

  walk<Nodes>(body, (node, index, parent) => {
    if (node.type !== 'text' || !parent || index === undefined) return undefined;
    if (!research) {
      const match = researchWords.exec(node.value);
      if (match) research = { node, offset: match.index, word: match[0] };
    }
    const parts: (Text | Citation)[] = [];
    let last = 0;
    for (const match of node.value.matchAll(written)) {
      const citation = readCitation(match[0]);
      if (typeof citation === 'string') {
        at(node, match.index, 'citation', citation);
        continue;
      }
      if (parent.type === 'link' || parent.type === 'linkReference') {
        at(node, match.index, 'citation', `expected a citation after the link, not in its words, got ${JSON.stringify(match[0])}`);
        continue;
      }
      for (const id of citation) {
        if (ids.has(id)) {
          if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
          continue;
        }
        at(
          node,
          match.index,
          'citation',
          `expected the id of a reference listed under references, got "${id}"${didYouMean(id, ids.keys())}`,
        );
      }
      const before = node.value.slice(last, match.index).trimEnd();
      if (before) parts.push({ type: 'text', value: before });
      parts.push({ type: 'citation', ids: citation, numbers: citation.map((id) => numbers.get(id) ?? 0) });
      last = match.index + match[0].length;
    }
    if (parts.length === 0) return undefined;
    const rest = node.value.slice(last);
    if (rest) parts.push({ type: 'text', value: rest });
    parent.children.splice(index, 1, ...(parts as (typeof parent.children)[number][]));
    return index + parts.length;
  });

  references.forEach((reference, index) => {
    if (numbers.has(reference.id)) return;
    const where = options.at?.(['references', index, 'id']) ?? { line: 1, column: 1 };
    problems.push({
      file,
      ...where,
      field: `references[${index}].id`,
      message: `expected a citation [@${reference.id}] in the text, got none`,
    });
  });
  if (options.citeResearch && numbers.size === 0 && research) {
    at(
      research.node,
      research.offset,
      'citation',
      `expected a citation like [@feder-2021] where the text speaks of research, got "${research.word}" and no citation in the whole text`,
    );
  }

  const cited: CitedReference[] = references
    .filter((reference) => numbers.has(reference.id))
    .map((reference) => ({ ...reference, number: numbers.get(reference.id) ?? 0, href: referenceHref(reference) }))
    .sort((a, b) => a.number - b.number);
  return { problems, references: cited };
}

/** The ids of a written citation, or what is wrong with it. */
function readCitation(text: string): string[] | string {
  const parts = text.slice(1, -1).split(';');
  const ids: string[] = [];
  for (const part of parts) {
    const id = citedId.exec(part.trim())?.[1];
    if (!id) return `expected a citation like [@feder-2021] or [@feder-2021; @kew-2023], got ${JSON.stringify(text)}`;
    if (ids.includes(id)) return `expected each id once in a citation, got "${id}" twice in ${JSON.stringify(text)}`;
    ids.push(id);
  }
  return ids;
}

/** Where a reference is read: its DOI through doi.org, else its address. */
export function referenceHref(reference: Pick<Reference, 'doi' | 'url'>): string {
  // Characters a DOI may hold that would end or break an address are escaped.
  if (reference.doi) return `https://doi.org/${encodeURI(reference.doi).replace(/[#?]/g, encodeURIComponent)}`;
  return reference.url ?? '';
}

/** The line and column of a character of a text node, from the node's start. */
function positionIn(node: Text, offset: number): { line: number; column: number } {
  const start = node.position?.start;
  if (!start) return { line: 1, column: 1 };
  const lines = node.value.slice(0, offset).split('\n');
  if (lines.length === 1) return { line: start.line, column: start.column + offset };
  return { line: start.line + lines.length - 1, column: (lines.at(-1)?.length ?? 0) + 1 };
}
