import type { Heading, List, ListItem, Nodes, Parents, Table, TableRow } from 'mdast';
import type { GlossaryEntry } from '../../types.js';
import { isUnsafeUrl } from '../drop-unsafe-urls.js';
import { type AbbreviationMode, asCode, asSentence, capitalise, type SpokenWordsContext, spokenWords } from './spoken-words.js';
import type { TextState } from './state.js';
import { TextRenderError } from './text-render-error.js';

/** A run of lines that belong together; the layout puts blank lines between blocks. */
export interface Block {
  kind: 'paragraph' | 'heading' | 'list';
  lines: string[];
}

/** What every handler may read; `state` is the part shared with other calls. */
export interface RenderContext {
  glossary: readonly GlossaryEntry[];
  /** Glossary terms a speech engine spells letter by letter; the others are said in words. */
  letters: ReadonlySet<string>;
  hotlines: readonly string[];
  /** Addresses said in words in the sentence that links to them, by their address in the closing list. */
  addressWords: ReadonlyMap<string, string>;
  baseUrl: string | undefined;
  state: TextState;
  places: Map<Heading, string>;
}

type BlockHandler<T> = (node: T, context: RenderContext, path: string) => Block[];
type PhrasingHandler<T> = (node: T, context: RenderContext, path: string) => string;
type NodeOf<K extends Nodes['type']> = Extract<Nodes, { type: K }>;

/** A line of prose with the word rules applied (punctuation as words, abbreviations, dates). */
export function speak(raw: string, context: RenderContext, abbreviations: AbbreviationMode = 'first-use'): string {
  const words: SpokenWordsContext = {
    glossary: context.glossary,
    letters: context.letters,
    abbreviations,
    expanded: context.state.expanded,
    hotlines: context.hotlines,
    spelled: context.state.spelled,
  };
  return spokenWords(raw, words);
}

const paragraph = (line: string): Block[] => (line ? [{ kind: 'paragraph', lines: [line] }] : []);
const childPath = (path: string, index: number) => `${path}.children[${index}]`;

/** The raw words of a node's inline content, before the word rules. */
export function phrasing(node: Nodes, context: RenderContext, path: string): string {
  const handler = phrasingHandlers[node.type as keyof typeof phrasingHandlers] as PhrasingHandler<Nodes> | undefined;
  if (handler) return handler(node, context, path);
  if ('children' in node) return phrasingChildren(node, context, path);
  throw new TextRenderError(node, path, handledTypes);
}

function phrasingChildren(node: Parents, context: RenderContext, path: string): string {
  return node.children.map((child, index) => phrasing(child, context, childPath(path, index))).join('');
}

/** The blocks of a node that sits where paragraphs, headings and lists go. */
export function blocks(node: Nodes, context: RenderContext, path: string): Block[] {
  const handler = blockHandlers[node.type as keyof typeof blockHandlers] as BlockHandler<Nodes> | undefined;
  if (handler) return handler(node, context, path);
  // Inline content directly in a block position reads as a paragraph of its own.
  if (node.type in phrasingHandlers) return paragraph(speak(phrasing(node, context, path), context));
  if ('children' in node) return blockChildren(node, context, path);
  throw new TextRenderError(node, path, handledTypes);
}

function blockChildren(node: Parents, context: RenderContext, path: string): Block[] {
  const result: Block[] = [];
  node.children.forEach((child, index) => {
    const next = node.children[index + 1];
    if (child.type === 'paragraph' && next?.type === 'list' && leadsIn(child, context, path, index)) return;
    const previous = node.children[index - 1];
    const here = childPath(path, index);
    if (child.type === 'list' && previous?.type === 'paragraph' && leadsIn(previous, context, path, index - 1)) {
      const leadIn = phrasingChildren(previous, context, childPath(path, index - 1)).replace(/\s*:\s*$/, '');
      result.push(...listBlock(child, context, here, speak(leadIn, context)));
    } else {
      result.push(...blocks(child, context, here));
    }
  });
  return result;
}

/** Whether a paragraph introduces the list after it with a colon ("You may notice:"). */
function leadsIn(node: Parents, context: RenderContext, path: string, index: number): boolean {
  return /:\s*$/.test(phrasingChildren(node, { ...context, state: scratchState(context) }, childPath(path, index)));
}

// Reading a paragraph only to look at its end must not add its links to the closing list.
const scratchState = (context: RenderContext): RenderContext['state'] => ({ ...context.state, links: [] });

/** Where a link goes, as listed at the end; undefined when there is nothing to open. */
function addressOf(url: string, baseUrl: string | undefined): string | undefined {
  // The same rule as the web pages: an address a browser would run is dropped, words kept.
  if (url === '' || url.startsWith('#') || isUnsafeUrl(url)) return undefined;
  let resolved: URL;
  try {
    resolved = baseUrl ? new URL(url, baseUrl) : new URL(url);
  } catch {
    return url;
  }
  // A short canonical address: no fragment, no tracking parameters (reference P6).
  resolved.hash = '';
  for (const key of [...resolved.searchParams.keys()]) if (/^utm_/i.test(key)) resolved.searchParams.delete(key);
  return resolved.href;
}

const looksLikeAddress = /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.|mailto:)|^[\w-]+(?:\.[\w-]+)+(?:\/\S*)?$/i;

const phrasingHandlers: { [K in Nodes['type']]?: PhrasingHandler<NodeOf<K>> } = {
  text: (node) => node.value,
  emphasis: (node, context, path) => phrasingChildren(node, context, path),
  strong: (node, context, path) => phrasingChildren(node, context, path),
  delete: (node, context, path) => phrasingChildren(node, context, path),
  inlineCode: (node) => asCode(node.value),
  // A hard line break inside a paragraph would be a hard wrap (P2): a space keeps one line.
  break: () => ' ',
  link: (node, context, path) => {
    const words = phrasingChildren(node, context, path);
    const url = addressOf(node.url, context.baseUrl);
    if (url && !context.state.links.some((link) => link.url === url)) {
      // The label is heard again in the list: it must not use up a first use or a hotline's digits.
      const quiet = { ...context, state: { ...context.state, expanded: new Set<string>(), spelled: new Set(context.hotlines) } };
      const label = asSentence(capitalise(speak(looksLikeAddress.test(words.trim()) ? 'Web address' : words, quiet, 'keep')));
      context.state.links.push({ label, url });
    }
    const isAddress = looksLikeAddress.test(words.trim());
    // An address people need at once, such as a crisis line's, is said in the sentence in words.
    const spoken = url ? context.addressWords.get(url) : undefined;
    if (spoken) return isAddress ? spoken : `${words}, at ${spoken},`;
    // Words that are themselves an address would put a URL in the sentence (P6).
    return isAddress ? 'the web address in the list of links at the end' : words;
  },
  // "Some studies found relief, source 1." The numbers match the list of sources; commas
  // are pauses to every screen reader and single cells in braille, where brackets are
  // spoken ("left paren") or banned (P7), and "source" keeps 1 from sounding like a count.
  citation: (node) => citationWords(node.numbers),
  linkReference: (node, context, path) => phrasingChildren(node, context, path),
  // The edition has no pictures (P11); the alternative text is what a screen reader says.
  image: (node) => node.alt ?? '',
  imageReference: (node) => node.alt ?? '',
  // No "[1]" markers in the text (P6).
  footnoteReference: () => '',
  // Raw HTML is never passed through, as on the web pages.
  html: () => '',
};

const blockHandlers: { [K in Nodes['type']]?: BlockHandler<NodeOf<K>> } = {
  root: (node, context, path) => blockChildren(node, context, path),
  paragraph: (node, context, path) => paragraph(speak(phrasingChildren(node, context, path), context)),
  heading: (node, context, path) => {
    const title = asSentence(capitalise(speak(phrasingChildren(node, context, path), context, 'expand')));
    const place = context.places.get(node);
    return [{ kind: 'heading', lines: [place ? `${place} ${title}` : title] }];
  },
  // A rule is decoration (P4): the blank lines between blocks already separate them.
  thematicBreak: () => [],
  blockquote: (node, context, path) => [
    ...paragraph('This is a quotation.'),
    ...blockChildren(node, context, path),
    ...paragraph('End of quotation.'),
  ],
  list: (node, context, path) => listBlock(node, context, path),
  listItem: (node, context, path) => blockChildren(node, context, path),
  // Code keeps every character, one line of it to a line, after a line that says what it is.
  code: (node) => {
    const lines = node.value.split('\n').filter((line) => line.trim() !== '');
    if (lines.length === 0) return [];
    return [{ kind: 'list', lines: [`Code, ${lines.length} ${lines.length === 1 ? 'line' : 'lines'}.`, ...lines] }];
  },
  html: () => [],
  // Link definitions and frontmatter carry no words to read.
  definition: () => [],
  yaml: () => [],
  table: (node, context, path) => tableBlock(node, context, path),
  tableRow: (node, context, path) => paragraph(asSentence(rowCells(node, context, path).join(', '))),
  tableCell: (node, context, path) => paragraph(speak(phrasingChildren(node, context, path), context)),
  footnoteDefinition: (node, context, path) => blockChildren(node, context, path),
};

/**
 * A lead-in with the count, then one line per item (P5). Nested lists are flattened into
 * the list around them, in reading order, and counted; each item ends with a full stop
 * so that say-all pauses between items as it does between sentences.
 */
function listBlock(node: List, context: RenderContext, path: string, leadIn = ''): Block[] {
  const items = listItems(node, context, path);
  if (items.length === 0) return paragraph(leadIn);
  const start = node.start ?? 1;
  const lines = items.map((item, index) => (node.ordered ? `${start + index}. ${item}` : `- ${item}`));
  const count = `This list has ${items.length} ${items.length === 1 ? 'item' : 'items'}.`;
  return [{ kind: 'list', lines: [withCount(leadIn, count), ...lines] }];
}

/**
 * A lead-in that ended with a colon ("You may notice:") runs straight into the first item,
 * so the count goes before its last sentence: "... support you. This list has 4 items. You
 * may notice", then "- a floating or dreamlike feeling." Ending the lead-in with a full
 * stop instead would leave a broken sentence ("you may.") in the listener's ear, and a
 * colon is spoken "colon" by JAWS.
 */
function withCount(leadIn: string, count: string): string {
  if (leadIn === '') return count;
  const lastSentence = /(?<=[.?!])\s+(?=\S[^.?!]*$)/.exec(leadIn);
  if (!lastSentence) return `${count} ${leadIn}`;
  return `${leadIn.slice(0, lastSentence.index)} ${count} ${leadIn.slice(lastSentence.index).trim()}`;
}

function listItems(node: List, context: RenderContext, path: string): string[] {
  return node.children.flatMap((item, index) => itemLines(item, context, childPath(path, index)));
}

function itemLines(item: ListItem, context: RenderContext, path: string): string[] {
  const own: string[] = [];
  const nested: string[] = [];
  item.children.forEach((child, index) => {
    const here = childPath(path, index);
    if (child.type === 'list') nested.push(...listItems(child, context, here));
    else own.push(...blocks(child, context, here).flatMap((block) => block.lines));
  });
  const checked = item.checked === true ? 'Done, ' : item.checked === false ? 'Not done, ' : '';
  const text = own.map(asSentence).join(' ');
  return [...(text ? [asSentence(`${checked}${text}`)] : []), ...nested];
}

function rowCells(row: TableRow, context: RenderContext, path: string): string[] {
  return row.children.map((cell, index) => speak(phrasingChildren(cell, context, childPath(path, index)), context));
}

/** A count, then each row as one line that names its columns: "Row 1. Dose, low. Time, 1 hour." */
function tableBlock(node: Table, context: RenderContext, path: string): Block[] {
  const [header, ...rows] = node.children;
  if (!header) return [];
  const names = rowCells(header, context, childPath(path, 0));
  const lines = rows.map((row, index) => {
    const cells = rowCells(row, context, childPath(path, index + 1));
    const spoken = cells.map((cell, column) => asSentence(names[column] ? `${names[column]}, ${cell || 'empty'}` : cell || 'empty'));
    return `Row ${index + 1}. ${spoken.join(' ')}`;
  });
  const count = `This table has ${rows.length} ${rows.length === 1 ? 'row' : 'rows'}, with the columns ${joinWords(names)}.`;
  return [{ kind: 'list', lines: [count, ...lines] }];
}

/** A citation in words: ", source 3," or ", sources 2 and 5,". */
export function citationWords(numbers: readonly number[]): string {
  if (numbers.length === 0) return '';
  return `, ${numbers.length === 1 ? 'source' : 'sources'} ${joinWords(numbers.map(String))},`;
}

function joinWords(words: string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/** The names of every node type that has its own handler, for error messages. */
export const handledTypes: readonly string[] = [...new Set([...Object.keys(blockHandlers), ...Object.keys(phrasingHandlers)])].sort();
