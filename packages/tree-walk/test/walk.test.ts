import type { Nodes, Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { SKIP, walk } from '../src/index.js';

const tree = (): Root => ({
  type: 'root',
  children: [
    { type: 'heading', depth: 2, children: [{ type: 'text', value: 'Title' }] },
    {
      type: 'paragraph',
      children: [
        { type: 'text', value: 'a ' },
        { type: 'emphasis', children: [{ type: 'text', value: 'b' }] },
        { type: 'inlineCode', value: 'c' },
      ],
    },
    { type: 'code', value: 'd' },
  ],
});

const label = (node: Nodes) => ('value' in node ? `${node.type}:${node.value}` : node.type);

describe('walk', () => {
  it('visits every node, a parent before its children, with its index and parent', () => {
    const seen: string[] = [];
    walk<Nodes>(tree(), (node, index, parent) => void seen.push(`${label(node)} ${index ?? '-'} ${parent?.type ?? '-'}`));
    expect(seen).toEqual([
      'root - -',
      'heading 0 root',
      'text:Title 0 heading',
      'paragraph 1 root',
      'text:a  0 paragraph',
      'emphasis 1 paragraph',
      'text:b 0 emphasis',
      'inlineCode:c 2 paragraph',
      'code:d 2 root',
    ]);
  });

  it('does not walk the children of a node its visitor skips', () => {
    const seen: string[] = [];
    walk<Nodes>(tree(), (node) => {
      seen.push(label(node));
      return node.type === 'paragraph' ? SKIP : undefined;
    });
    expect(seen).toEqual(['root', 'heading', 'text:Title', 'paragraph', 'code:d']);
  });

  it('goes on at the index the visitor returns, after it replaced a node with others', () => {
    const root = tree();
    const seen: string[] = [];
    walk<Nodes>(root, (node, index, parent) => {
      seen.push(label(node));
      if (node.type !== 'text' || node.value !== 'a ' || !parent || index === undefined) return undefined;
      parent.children.splice(index, 1, { type: 'text', value: 'x' }, { type: 'text', value: 'y' });
      return index + 2;
    });
    expect(seen).toEqual(['root', 'heading', 'text:Title', 'paragraph', 'text:a ', 'emphasis', 'text:b', 'inlineCode:c', 'code:d']);
    expect(root.children[1]).toMatchObject({ children: [{ value: 'x' }, { value: 'y' }, { type: 'emphasis' }, { type: 'inlineCode' }] });
  });
});
