import { walk } from '@kap/tree-walk';
import GithubSlugger from 'github-slugger';
import type { Nodes, Root } from 'hast';
import { toString as nodeText } from 'hast-util-to-string';

const headingTag = /^h[1-6]$/;

/** Gives each heading an id from its text, the same as the content package's table of contents. */
export function addHeadingIds(tree: Root): void {
  const slugger = new GithubSlugger();
  walk<Nodes>(tree, (node) => {
    if (node.type === 'element' && headingTag.test(node.tagName)) node.properties.id = slugger.slug(nodeText(node));
  });
}
