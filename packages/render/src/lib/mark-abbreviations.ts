import { SKIP, walk } from '@kap/tree-walk';
import type { ElementContent, Nodes, Root, Text } from 'hast';
import { h } from 'hastscript';
import type { GlossaryEntry } from '../types.js';

const skipTags = new Set(['abbr', 'code', 'pre', 'script', 'style']);

/** Wraps the first use of each glossary abbreviation in `<abbr title="expansion">`. */
export function markAbbreviations(tree: Root, glossary: readonly GlossaryEntry[]): void {
  if (glossary.length === 0) return;
  const expansions = new Map(glossary.map((entry) => [entry.term, entry.expansion]));
  const pattern = new RegExp(`\\b(?:${[...expansions.keys()].join('|')})\\b`, 'g');
  const marked = new Set<string>();
  walk<Nodes>(tree, (node, index, parent) => {
    if (node.type === 'element' && skipTags.has(node.tagName)) return SKIP;
    if (node.type !== 'text' || !parent || index === undefined) return undefined;
    const parts = splitFirstUses(node, pattern, expansions, marked);
    if (parts.length === 1) return undefined;
    parent.children.splice(index, 1, ...parts);
    return index + parts.length;
  });
}

function splitFirstUses(node: Text, pattern: RegExp, expansions: Map<string, string>, marked: Set<string>): ElementContent[] {
  const parts: ElementContent[] = [];
  let last = 0;
  for (const match of node.value.matchAll(pattern)) {
    const term = match[0];
    if (marked.has(term)) continue;
    marked.add(term);
    if (match.index > last) parts.push({ type: 'text', value: node.value.slice(last, match.index) });
    parts.push(h('abbr', { title: expansions.get(term) }, term));
    last = match.index + term.length;
  }
  if (parts.length === 0) return [node];
  if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
  return parts;
}
