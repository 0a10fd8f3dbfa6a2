import type { Nodes } from 'mdast';

/**
 * Thrown by {@link toText} for a node it cannot read aloud: a type with no handler and no
 * children to fall back on. The message says what was found, where, and what was expected.
 */
export class TextRenderError extends Error {
  override name = 'TextRenderError';
  /** The node's type, such as `math`. */
  readonly nodeType: string;
  /** Where the node is in the tree, such as `root.children[2].children[0]`. */
  readonly path: string;

  constructor(node: Nodes, path: string, expected: readonly string[]) {
    const start = node.position?.start;
    const where = start ? `${path} (line ${start.line}, column ${start.column})` : path;
    super(
      `${where}: cannot read a "${node.type}" node aloud: it has no text handler and no children. ` +
        `Expected a node with children or one of: ${expected.join(', ')}.`,
    );
    this.nodeType = node.type;
    this.path = path;
  }
}
