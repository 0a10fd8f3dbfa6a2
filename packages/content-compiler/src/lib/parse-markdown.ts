import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);

/** A Markdown file split into its YAML frontmatter and its body tree (with positions). */
export interface ParsedMarkdown {
  /** The frontmatter's YAML text, or undefined when the file has none. */
  yaml: string | undefined;
  body: Root;
}

/** Parses Markdown once; every later step works on this tree. */
export function parseMarkdown(text: string): ParsedMarkdown {
  const tree = processor.parse(text);
  const [first, ...rest] = tree.children;
  if (first?.type === 'yaml') return { yaml: first.value, body: { type: 'root', children: rest } };
  return { yaml: undefined, body: tree };
}
