import type { Block } from './handlers.js';

/**
 * Blocks as lines: one blank line between blocks, two before a heading and one after it
 * (WCAG technique T3, reference P3). A list's lines stay together. No trailing newline:
 * the caller decides how the file ends.
 */
export function layout(blocks: readonly Block[]): string {
  let text = '';
  blocks.forEach((block, index) => {
    if (index > 0) text += block.kind === 'heading' ? '\n\n\n' : '\n\n';
    text += block.lines.join('\n');
  });
  return text;
}
