import type { Content } from '@kap/content-compiler/types';
import type { Element } from 'hast';
import { h } from 'hastscript';
import { sitePaths } from './web-paths.js';

/** A list of links to the given topics' pages, by their titles, in the order given. */
export function topicLinks(content: Content, slugs: readonly string[]): Element {
  return h(
    'ul.topic-list',
    slugs.map((slug) => {
      const topic = content.topics.find((candidate) => candidate.slug === slug);
      return h('li', [h('a', { href: sitePaths.topic(slug) }, topic?.title ?? slug)]);
    }),
  );
}
