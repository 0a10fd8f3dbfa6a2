import { walk } from '@kap/tree-walk';
import type { Nodes, Root } from 'hast';

const unsafe = /^(?:javascript|vbscript|data):/i;
const urlProperties = ['href', 'src'] as const;

/** Whether a browser would run or inline this address: javascript:, vbscript: or data:. */
export function isUnsafeUrl(url: string): boolean {
  let decoded = url;
  try {
    decoded = decodeURI(url);
  } catch {
    // A malformed escape: judge the address as written.
  }
  // Browsers ignore ASCII whitespace and control characters around and inside a scheme.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters browsers skip
  return unsafe.test(decoded.replace(/[\u0000-\u0020]/g, ''));
}

/** Removes javascript:, vbscript: and data: addresses; the link's words stay. */
export function dropUnsafeUrls(tree: Root): void {
  walk<Nodes>(tree, (node) => {
    if (node.type !== 'element') return;
    for (const name of urlProperties) {
      const value = node.properties[name];
      if (typeof value === 'string' && isUnsafeUrl(value)) delete node.properties[name];
    }
  });
}
