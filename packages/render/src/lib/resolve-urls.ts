import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

const urlProperties = ['href', 'src'] as const;

/** Makes every link and image address absolute against `base`, `#fragment` links too. */
export function resolveUrls(tree: Root, base: string): void {
  visit(tree, 'element', (node) => {
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
