import type { Element } from 'hast';
import { h } from 'hastscript';
import { dateInWords } from './format-date.js';

/** A date as `<time datetime="2025-03-12">12 March 2025</time>`: words for people, ISO for machines. */
export function renderTime(isoDate: string): Element {
  return h('time', { dateTime: isoDate }, dateInWords(isoDate));
}
