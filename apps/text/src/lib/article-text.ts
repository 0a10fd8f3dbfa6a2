import { absoluteUrl, sitePaths } from '@kap/content';
import type { ArticleMeta, Content } from '@kap/content-compiler/types';
import {
  createTextState,
  crisisPointerTree,
  describeReview,
  type TextLink,
  type TextState,
  type Tree,
  toSourcesTree,
  toText,
  toTextContents,
} from '@kap/render';
import { listeningTime } from './listening-time.js';
import { block, heading, joinParts, type Part, sentenceTree } from './parts.js';

/**
 * One article in the fixed frame of the plain-text edition (DESIGN.md rule 10): title;
 * summary; dates and review; listening time; the crisis notice where needed; the contents;
 * the sections; the sources; the links; the disclaimer; a pointer to crisis help;
 * "End of article.".
 */
export function articleText(content: Content, article: ArticleMeta): string {
  const { glossary, site, notices } = content;
  const body = content.getBody(article.slug);
  const render = (tree: Tree, state: TextState) => toText(tree, { glossary, baseUrl: site.baseUrl, state });

  // The title stands apart from the body: it spells out its own abbreviations.
  const titleState = createTextState();
  const title = asSentence(render(sentenceTree(article.title), titleState));
  const summary = render(sentenceTree(article.description), titleState);
  const dates = render(sentenceTree(datesLine(article)), createTextState());

  // The notices and the body share one state: one list of links, each term spelled out once.
  // The article's own addresses open the list, so the words near the top can name them.
  const state = createTextState();
  state.links.push(
    { label: 'The web page of this article.', url: absoluteUrl(site, sitePaths.article(article.slug)) },
    { label: 'This text file.', url: absoluteUrl(site, sitePaths.text(article.slug)) },
  );
  const crisis: Part[] = article.needsCrisisNotice
    ? [heading(asSentence(render(sentenceTree(notices.crisis.title), state))), block(render(notices.crisis.body, state))]
    : [];
  const sections = toTextContents(body, { glossary });
  const introduced = body.children.length > 0 && body.children[0]?.type !== 'heading';
  const contents = sections.length > 0 ? [block(contentsList(sections, introduced))] : [];
  const bodyText = render(body, state);
  // Read in words, each numbered as its citations say ("source 3"); the addresses go to the links.
  const sources = article.references.length > 0 ? [heading('Sources.'), block(render(toSourcesTree(article.references), state))] : [];
  const disclaimer = [
    heading(asSentence(render(sentenceTree(notices.disclaimer.title), state))),
    block(render(notices.disclaimer.body, state)),
  ];
  // Help is one step away in every file: the last words before the end, whatever the article.
  const pointer = block(render(crisisPointerTree(), state));
  const links = linksPart(state.links, 'Links in this article.');

  const after: Part[] = [
    ...crisis,
    block(wayAround(sections.length > 0)),
    ...contents,
    { text: bodyText, heading: body.children[0]?.type === 'heading' },
    ...sources,
    ...links,
    ...disclaimer,
    pointer,
    block('End of article.'),
  ];
  const before: Part[] = [block(title), block(summary), block(dates)];
  return joinParts([...before, block(listeningTime(joinParts([...before, ...after]))), ...after]);
}

/**
 * Said once, before the contents: how to move around a file that a browser shows as one
 * block, and where the article's own addresses are. A literal "Section 3" here would be a
 * false hit for the find command, so the example is given in words.
 */
export function wayAround(hasSections: boolean): string {
  const find = hasSections
    ? [
        "To move around this file, use your screen reader's find command.",
        'Each section starts with the word Section and its number, and so does each part of a section, so searching for the word Section followed by a number takes you there.',
      ]
    : [];
  return [
    ...find,
    'The web page of this article is link 1 in the list of links at the end, and the address of this text file is link 2.',
  ].join(' ');
}

/** "Published 12 March 2025. Updated ...", then who reviewed the article, or that no clinician has. */
function datesLine(article: ArticleMeta): string {
  const updated = article.updated ? ` Updated ${article.updated}.` : '';
  return `Published ${article.published}.${updated} ${describeReview(article.review)}`;
}

/**
 * "This article has 6 sections." and the numbered titles. When the body opens with text
 * before its first heading, the count says so, so that the listener does not take that
 * text for part of the last section in the list.
 */
function contentsList(sections: readonly string[], introduced: boolean): string {
  const noun = sections.length === 1 ? 'section' : 'sections';
  const count = `This article has ${sections.length} ${noun}${introduced ? ', after a short introduction' : ''}.`;
  return [count, ...sections.map((title, index) => `${index + 1}. ${title}`)].join('\n');
}

/**
 * The closing list of addresses (reference P6): the words on one line, the address alone
 * on the next, one blank line between links.
 */
export function linksPart(links: readonly TextLink[], title: string): Part[] {
  if (links.length === 0) return [];
  return [heading(title), ...links.map((link, index) => block(`${index + 1}. ${link.label}\n${link.url}`))];
}

function asSentence(line: string): string {
  return /[.?!]"?$/.test(line) ? line : `${line}.`;
}
