import { sitePaths } from '@kap/content';
import type { ArticleMeta, Content } from '@kap/content-compiler/types';
import { createTextState, crisisPointerTree, memoized, type PartsMemo, toText } from '@kap/render';
import type { List, Root } from 'mdast';
import { linksPart } from './article-text.js';
import { block, heading, joinParts, type Part, sentenceTree } from './parts.js';

/**
 * The index of the edition: the site, where it is on the web, how many articles, then
 * each article with its date, its one-sentence summary and the file to open; then the
 * site's other pages (help, editorial policy, accessibility statement), whose addresses
 * are in the closing list of links, and a pointer to crisis help. Each article's spoken
 * title and summary are kept in `memo` between builds.
 */
export function indexText(content: Content, memo?: PartsMemo): string {
  const { glossary, site, articles } = content;
  const say = (text: string, state = createTextState()) => toText(sentenceTree(text), { glossary, baseUrl: site.baseUrl, state });

  const count = articles.length;
  const introduction = [
    'This is the plain-text edition of the site, written to be read with a screen reader.',
    'Each article is a text file of its own, in the same folder as this index.',
    'The address of the web site is in the list of links at the end.',
  ].join(' ');
  const spoken = (article: ArticleMeta): [string, string] => {
    // Title and summary share one state: a term spelled out in the title is not spelled out again.
    const state = createTextState();
    const title = say(article.title, state);
    const updated = article.updated ? ` Updated ${article.updated}.` : '';
    return [
      /[.?!]$/.test(title) ? title : `${title}.`,
      `${say(`Published ${article.published}.${updated}`)} ${say(article.description, state)}`,
    ];
  };
  const entries: Part[] = articles.flatMap((article, index) => {
    const [title, summary] = JSON.parse(memoized(memo, article.slug, 'text-index', () => JSON.stringify(spoken(article)))) as [
      string,
      string,
    ];
    const file = sitePaths.text(article.slug).split('/').at(-1) ?? `${article.slug}.txt`;
    return [heading(`Article ${index + 1} of ${count}. ${title}`), block(summary), block(`To read it, open the file ${file}.`)];
  });
  // One state for the pages and the pointer, so their addresses join the closing list once each.
  const state = createTextState();
  const render = (tree: Root) => toText(tree, { glossary, baseUrl: site.baseUrl, state });
  const pages: Part[] =
    content.pages.length > 0
      ? [
          heading('Other pages of the web site.'),
          block('These pages are on the web site. Their addresses are in the list of links at the end.'),
          block(render(pagesList(content))),
        ]
      : [];
  const pointer = block(render(crisisPointerTree()));
  const links = linksPart([{ label: `The web site, ${say(site.title)}.`, url: site.baseUrl }, ...state.links], 'Links in this index.');

  return joinParts([
    block(say(`${site.title}.`)),
    block(say(site.description)),
    block(introduction),
    block(count === 1 ? 'There is 1 article, listed below.' : `There are ${count} articles, newest first.`),
    ...entries,
    ...pages,
    ...links,
    pointer,
    block('End of index.'),
  ]);
}

// The help page first: a listener looking for help should not have to hear the rest.
const pageOrder = (slug: string) => (slug === 'help' ? 0 : 1);

/** The site's pages as a list of links by their titles, for {@link toText} to read and list. */
function pagesList(content: Content): Root {
  const pages = [...content.pages].sort((a, b) => pageOrder(a.slug) - pageOrder(b.slug));
  const list: List = {
    type: 'list',
    ordered: false,
    spread: false,
    children: pages.map((page) => ({
      type: 'listItem',
      spread: false,
      children: [
        {
          type: 'paragraph',
          children: [{ type: 'link', url: sitePaths.page(page.slug), children: [{ type: 'text', value: page.title }] }],
        },
      ],
    })),
  };
  return { type: 'root', children: [list] };
}
