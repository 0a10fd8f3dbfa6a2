import type { ListItem, PhrasingContent, Root } from 'mdast';
import { sourceId } from './lib/citation-to-hast.js';
import type { Source } from './types.js';

/**
 * A list of sources as an mdast tree, for every channel to render as it renders a body:
 * one ordered list whose items are numbered as the citations number them, each item
 * `Authors. Title. Publication, year.` with the title linking to where the source is read,
 * and with the id (`source-1`) that citations link to on a web page.
 */
export function toSourcesTree(sources: readonly Source[]): Root {
  const items = [...sources].sort((a, b) => a.number - b.number).map(sourceItem);
  const start = sources.length > 0 ? Math.min(...sources.map((source) => source.number)) : 1;
  return { type: 'root', children: items.length > 0 ? [{ type: 'list', ordered: true, start, spread: false, children: items }] : [] };
}

function sourceItem(source: Source): ListItem {
  const words: PhrasingContent[] = [
    { type: 'text', value: `${sentence(source.authors)} ` },
    { type: 'link', url: source.href, children: [{ type: 'text', value: source.title }] },
    { type: 'text', value: `${endsSentence(source.title) ? '' : '.'} ${source.publication}, ${source.year}.` },
  ];
  return {
    type: 'listItem',
    spread: false,
    // remark-rehype copies data.hProperties onto the HTML element.
    data: { hProperties: { id: sourceId(source.number) } } as ListItem['data'],
    children: [{ type: 'paragraph', children: words }],
  };
}

const endsSentence = (text: string) => /[.?!]$/.test(text);
const sentence = (text: string) => (endsSentence(text) ? text : `${text}.`);
