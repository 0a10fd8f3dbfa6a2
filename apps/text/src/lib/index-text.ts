import { sitePaths } from '@kap/content';
import type { ArticleMeta, Content } from '@kap/content-compiler/types';
import { createTextState, memoized, type PartsMemo, toText } from '@kap/render';
import { linksPart } from './article-text.js';
import { block, heading, joinParts, type Part, sentenceTree } from './parts.js';

/**
 * The index of the edition: the site, where it is on the web, how many articles, then
 * each article with its date, its one-sentence summary and the file to open. Each
 * article's spoken title and summary are kept in `memo` between builds.
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
  const links = linksPart([{ label: `The web site, ${say(site.title)}.`, url: site.baseUrl }], 'Links in this index.');

  return joinParts([
    block(say(`${site.title}.`)),
    block(say(site.description)),
    block(introduction),
    block(count === 1 ? 'There is 1 article, listed below.' : `There are ${count} articles, newest first.`),
    ...entries,
    ...links,
    block('End of index.'),
  ]);
}
