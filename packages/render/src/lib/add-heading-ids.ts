import GithubSlugger from 'github-slugger';
import type { Root } from 'hast';
import { toString as nodeText } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

const headingTag = /^h[1-6]$/;

/** Gives each heading an id from its text, the same as the content package's table of contents. */
export function addHeadingIds(tree: Root): void {
  const slugger = new GithubSlugger();
  visit(tree, 'element', (node) => {
    if (headingTag.test(node.tagName)) node.properties.id = slugger.slug(nodeText(node));
  });
}
