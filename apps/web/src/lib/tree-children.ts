import type { ElementContent, Root } from 'hast';

/** A rendered tree's children, ready to sit inside an element; doctypes cannot, so they go. */
export function treeChildren(tree: Root): ElementContent[] {
  return tree.children.filter((node): node is ElementContent => node.type !== 'doctype');
}
