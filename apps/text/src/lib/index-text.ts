import { absoluteUrl, sitePaths } from '@kap/content';
import type { ArticleMeta, Content } from '@kap/content-compiler/types';
import { createTextState, crisisPointerTree, memoized, type PartsMemo, toText } from '@kap/render';
import type { List, Root } from 'mdast';
import { linksPart } from './article-text.js';
import { block, heading, joinParts, type Part, sentenceTree } from './parts.js';

/**
 * The index of the edition: the site; what the edition is; how to move around and how to
 * open an address from a file that cannot hold links; how many articles; then each
 * article with its date, its one-sentence summary and where its addresses are in the
 * closing list; then the site's other pages (help, editorial policy, accessibility
 * statement), and a pointer to crisis help. The closing list gives the site's address,
 * then each article's text file and web page, then the pages. Each article's spoken title
 * and summary are kept in `memo` between builds.
 */
export function indexText(content: Content, memo?: PartsMemo): string {
  const { glossary, site, articles } = content;
  const say = (text: string, state = createTextState()) => toText(sentenceTree(text), { glossary, baseUrl: site.baseUrl, state });

  const count = articles.length;
  // Link 1 is the site; article N's text file is link 2N and its web page link 2N + 1.
  const textLink = (index: number) => 2 * index + 2;
  const introduction = [
    'This is the plain-text edition of the site, written to be read with a screen reader. Each article is a text file of its own.',
    'A text file cannot hold links, so every address is written out, alone on its line, in the numbered list of links at the end. To open one, select that line, copy it, and paste it into the address bar of your browser. The web page of every article also has a link to its text file.',
    "To move around this index, use your screen reader's find command. Each article starts with the word Article and its number, so searching for the word Article followed by a number takes you there.",
  ];
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
  const said = articles.map(
    (article) =>
      JSON.parse(memoized(memo, article.slug, 'text-index', () => JSON.stringify(spoken(article)))) as [title: string, summary: string],
  );
  const entries: Part[] = said.flatMap(([title, summary], index) => {
    const where = `Its text file is link ${textLink(index)} in the list of links at the end, and its web page is link ${textLink(index) + 1}.`;
    return [heading(`Article ${index + 1} of ${count}. ${title}`), block(summary), block(where)];
  });
  // One state for the addresses above, the pages and the pointer, so each joins the closing list once.
  const state = createTextState();
  // One at a time: spread into push, 200,000 links of a site of 100,000 articles overflow the stack.
  state.links.push({ label: `The web site, ${say(site.title)}.`, url: site.baseUrl });
  articles.forEach((article, index) => {
    state.links.push(
      { label: `Text file of article ${index + 1}. ${said[index]?.[0] ?? ''}`, url: absoluteUrl(site, sitePaths.text(article.slug)) },
      { label: `Web page of article ${index + 1}.`, url: absoluteUrl(site, sitePaths.article(article.slug)) },
    );
  });
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
  const links = linksPart(state.links, 'Links in this index.');

  return joinParts([
    block(say(`${site.title}.`)),
    block(say(site.description)),
    ...introduction.map(block),
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
