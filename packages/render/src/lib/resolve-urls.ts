import { walk } from '@kap/tree-walk';
import type { Nodes, Root } from 'hast';

const urlProperties = ['href', 'src'] as const;

/** Makes every link and image address absolute against `base`, `#fragment` links too. */
export function resolveUrls(tree: Root, base: string): void {
  walk<Nodes>(tree, (node) => {
    if (node.type !== 'element') return;
    for (const name of urlProperties) {
      const value = node.properties[name];
      if (typeof value !== 'string') continue;
      try {
        node.properties[name] = new URL(value, base).href;
      } catch {
        delete node.properties[name];
      }
    }
  });
}
