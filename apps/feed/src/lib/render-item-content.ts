import { absoluteUrl, sitePaths } from '@kap/content';
import type { ArticleMeta, Content, Notice, ReadonlyBody } from '@kap/content-compiler/types';
import { crisisPointerTree, describeReview, toHast, toSourcesTree } from '@kap/render';
import { walk } from '@kap/tree-walk';
import type { ElementContent, Nodes, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { stripForbiddenCharacters } from './strip-forbidden-characters.js';

/**
 * An item's full HTML: the crisis notice where the article needs it, the article, its
 * numbered sources, who reviewed it (or that no clinician has), the disclaimer, and a
 * pointer to crisis help. Each part is rendered by the shared renderer from the same tree
 * the other channels use, so the words are the same; every URL is resolved against the
 * article's URL because feed readers resolve relative ones against the feed, or not at
 * all: a citation links to its source on the article's web page.
 */
export function renderItemContent(content: Content, article: ArticleMeta): string {
  const articleUrl = absoluteUrl(content.site, sitePaths.article(article.slug));
  const render = (tree: ReadonlyBody, glossary = content.glossary) =>
    toHast(tree, { baseUrl: articleUrl, glossary }).children as ElementContent[];
  const notice = (value: Notice) => h('section', [h('h2', value.title), ...render(value.body)]);
  const sources =
    article.references.length > 0 ? [h('section', [h('h2', 'Sources'), ...render(toSourcesTree(article.references), [])])] : [];

  const tree: Root = {
    type: 'root',
    children: [
      ...(article.needsCrisisNotice ? [notice(content.notices.crisis)] : []),
      ...render(content.getBody(article.slug)),
      ...sources,
      h('p', describeReview(article.review)),
      notice(content.notices.disclaimer),
      ...render(crisisPointerTree(), []),
    ],
  };
  stripTree(tree);
  return stripForbiddenCharacters(toHtml(tree));
}

// Stripped in the tree as well as in the string: the HTML serialiser may write a character
// as a reference (`&#xB;`), which would slip past a string filter and come back on decoding.
function stripTree(tree: Root): void {
  walk<Nodes>(tree, (node) => {
    if (node.type === 'text') node.value = stripForbiddenCharacters(node.value);
    if (node.type !== 'element') return;
    for (const [name, value] of Object.entries(node.properties)) {
      if (typeof value === 'string') node.properties[name] = stripForbiddenCharacters(value);
      else if (Array.isArray(value)) {
        node.properties[name] = value.map((part) => (typeof part === 'string' ? stripForbiddenCharacters(part) : part));
      }
    }
  });
}
