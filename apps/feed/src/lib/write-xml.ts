import type { ElementContent, Nodes, Root, RootContent } from 'xast';
import { type Raw, toXml } from 'xast-util-to-xml';
import { stripForbiddenCharacters } from './strip-forbidden-characters.js';

type Escaped = Root | RootContent | Raw;

// xast-util-to-xml 4 escapes only `&` and `<` in text, so `]]>` (not allowed in XML
// character data) would pass through raw; it also keeps U+FFFE, U+FFFF and lone
// surrogates. So every text is escaped here, `>` included, and handed over as a raw node.
// Only this table makes raw nodes, which is what makes `allowDangerousXml` safe below.
const handlers: { [Type in Nodes['type']]?: (node: Extract<Nodes, { type: Type }>) => Escaped } = {
  root: (node) => ({ ...node, children: node.children.map(escapeNode) as Root['children'] }),
  element: (node) => ({
    ...node,
    attributes: Object.fromEntries(
      Object.entries(node.attributes ?? {}).flatMap(([name, value]) =>
        value === null || value === undefined ? [] : [[name, stripForbiddenCharacters(String(value))]],
      ),
    ),
    children: node.children.map(escapeNode) as ElementContent[],
  }),
  text: (node) => ({ type: 'raw', value: escapeText(node.value) }),
  // Only the XML declaration is written; its value is ours, never content.
  instruction: (node) => node,
};

function escapeNode(node: Nodes): Escaped {
  const handler = handlers[node.type] as ((node: Nodes) => Escaped) | undefined;
  // Comments, CDATA, doctypes and raw nodes are never built by the feeds; refusing them
  // keeps the guarantee above true instead of assumed.
  if (!handler) throw new Error(`writeXml: expected root, element, text or instruction nodes, got ${node.type}`);
  return handler(node);
}

function escapeText(value: string): string {
  return stripForbiddenCharacters(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Serialises a feed's xast tree as an XML 1.0 document: no character XML forbids, no raw
 * `]]>`, empty elements self-closed, ending with a newline.
 */
export function writeXml(tree: Root): string {
  return `${toXml(escapeNode(tree) as Root, { allowDangerousXml: true, closeEmptyElements: true, tightClose: true })}\n`;
}
