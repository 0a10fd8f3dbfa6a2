import type { Root } from 'mdast';

/** A piece of a file's frame: its lines, and whether it opens with a heading. */
export interface Part {
  text: string;
  heading: boolean;
}

/** A heading line of the frame, such as "Links in this article.". */
export const heading = (text: string): Part => ({ text, heading: true });

/** A paragraph or a group of lines of the frame. */
export const block = (text: string): Part => ({ text, heading: false });

/**
 * A line of the frame (a title, a date line) as a one-paragraph tree, so that it goes
 * through the same word rules as the articles. The string is wrapped, never parsed.
 */
export function sentenceTree(text: string): Root {
  return { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: text }] }] };
}

/**
 * The parts as one file: one blank line between parts, two before a heading (reference
 * P3), LF line endings and one final newline.
 */
export function joinParts(parts: readonly Part[]): string {
  let text = '';
  for (const part of parts) {
    if (part.text === '') continue;
    if (text !== '') text += part.heading ? '\n\n\n' : '\n\n';
    text += part.text;
  }
  return `${text}\n`;
}

/** Words as a listener hears them: runs of letters or digits between spaces. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}
