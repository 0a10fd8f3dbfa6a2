/** Returned by a visitor: the node's children are not walked. */
export const SKIP = 'skip';

/**
 * What a visitor returns: nothing to go on, {@link SKIP}, or the index in the parent of
 * the next sibling to visit, after the visitor replaced the node with others.
 */
export type WalkResult = typeof SKIP | number | undefined;

/** A node of any syntax tree: what the walk needs to know of it. */
interface AnyNode {
  type: string;
}

/**
 * Visits every node of a tree, a parent before its children, with the node's index in
 * its parent. Unlike unist-util-visit it does no per-node set-up for debugging, which in
 * a build of thousands of articles costs more than the visiting. Name the node type of
 * the tree: `walk<Nodes>(tree, ...)` with mdast's or hast's `Nodes`.
 */
export function walk<Node extends AnyNode>(
  tree: Node,
  visitor: (node: Node, index: number | undefined, parent: (Node & { children: Node[] }) | undefined) => WalkResult,
): void {
  const step = (node: Node, index: number | undefined, parent: (Node & { children: Node[] }) | undefined): WalkResult => {
    const result = visitor(node, index, parent);
    if (result === SKIP) return undefined;
    if ('children' in node && Array.isArray(node.children)) {
      const self = node as Node & { children: Node[] };
      let child = 0;
      while (child < self.children.length) {
        const next = step(self.children[child] as Node, child, self);
        child = typeof next === 'number' ? next : child + 1;
      }
    }
    return typeof result === 'number' ? result : undefined;
  };
  step(tree, undefined, undefined);
}
