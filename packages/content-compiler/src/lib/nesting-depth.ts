import type { Nodes, Root } from 'mdast';

/** How deep quotes, lists and emphasis may nest: far past real writing, well within every renderer's stack. */
export const maxNesting = 32;

/**
 * The first node nested deeper than {@link maxNesting}, found without recursion, so that a
 * hostile file (10,000 `>` in a row) gets a located error instead of a stack overflow in
 * the walks and renderers that come after.
 */
export function tooDeep(root: Root): { node: Nodes; depth: number } | undefined {
  const stack: [Nodes, number][] = [[root, 0]];
  let deepest: { node: Nodes; depth: number } | undefined;
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [Nodes, number];
    if (depth > maxNesting && (!deepest || depth > deepest.depth)) deepest = { node, depth };
    if ('children' in node) for (const child of node.children) stack.push([child, depth + 1]);
  }
  return deepest;
}

// Quote and list markers that open a line: "> > - 1. " opens four containers at once.
const containerMarkers = new RegExp(`^(?:[ \\t]*(?:>|[-*+](?=[ \\t])|\\d{1,9}[.)](?=[ \\t]))){${maxNesting + 1}}`, 'gm');

// The parser's time grows with the square of containers opened on one line (10 kB of
// "- - - ..." took ten seconds), so a line that opens too many is refused before parsing.
function containerMarkersTooMany(text: string): { index: number; depth: number } | undefined {
  containerMarkers.lastIndex = 0;
  const match = containerMarkers.exec(text);
  return match ? { index: match.index, depth: maxNesting + 1 } : undefined;
}

/**
 * Where the text's square brackets first nest deeper than {@link maxNesting}, scanning the
 * raw text once. The Markdown parser's time grows with the square of bracket nesting
 * (100 kB of `[` took seconds, 500 kB minutes), so such a file is refused before parsing.
 */
export function nestingTooDeepInText(text: string): { index: number; depth: number } | undefined {
  const markers = containerMarkersTooMany(text);
  if (markers) return markers;
  let depth = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 91 /* [ */ && ++depth > maxNesting) return { index, depth };
    if (code === 93 /* ] */ && depth > 0) depth--;
  }
  return undefined;
}
