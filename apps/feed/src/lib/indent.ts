import type { Element, ElementContent, Root } from 'xast';

// Whitespace only goes between elements that hold nothing but elements, so no text value
// (a title, an HTML body) ever gains or loses a character.
function indentElement(node: Element, depth: number): Element {
  const children = node.children;
  if (children.length === 0 || !children.every((child) => child.type === 'element')) return node;
  const inner = `\n${'  '.repeat(depth + 1)}`;
  const indented: ElementContent[] = [];
  for (const child of children) indented.push({ type: 'text', value: inner }, indentElement(child, depth + 1));
  indented.push({ type: 'text', value: `\n${'  '.repeat(depth)}` });
  return { ...node, children: indented };
}

/** Puts each element of a feed on its own line, indented, for people who read the file. */
export function indent(tree: Root): Root {
  const children: Root['children'] = [];
  tree.children.forEach((child, index) => {
    if (index > 0) children.push({ type: 'text', value: '\n' });
    children.push(child.type === 'element' ? indentElement(child, 0) : child);
  });
  return { ...tree, children };
}
