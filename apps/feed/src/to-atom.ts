import { x } from 'xastscript';
import { rfc3339 } from './lib/dates.js';
import { indent } from './lib/indent.js';
import { namespaces } from './lib/namespaces.js';
import { writeXml } from './lib/write-xml.js';
import type { FeedItem, FeedModel } from './types.js';

/** Options for {@link toAtom}: none yet; the model decides everything. */
export type ToAtomOptions = Record<string, never>;

function entry(item: FeedItem) {
  return x('entry', [
    x('id', item.id),
    x('title', { type: 'text' }, item.title),
    x('link', { rel: 'alternate', type: 'text/html', href: item.url }),
    x('published', rfc3339(item.published)),
    x('updated', rfc3339(item.modified)),
    x('author', [x('name', item.author)]),
    ...item.categories.map((category) => x('category', { term: category.term, label: category.label })),
    x('summary', { type: 'text' }, item.summary),
    // type="html": the HTML is escaped text, so it needs no CDATA and no XHTML rules.
    x('content', { type: 'html' }, item.contentHtml),
  ]);
}

/** Writes a feed model as Atom 1.0 (RFC 4287): the full article as escaped HTML in `content`. */
export function toAtom(model: FeedModel, _options: ToAtomOptions = {}): string {
  const tree = x(null, [
    { type: 'instruction', name: 'xml', value: 'version="1.0" encoding="utf-8"' },
    x('feed', { xmlns: namespaces.atom, 'xml:lang': model.language }, [
      // The feed's own address is as permanent as the entries' ids are.
      x('id', model.feedUrls.atom),
      x('title', { type: 'text' }, model.title),
      x('subtitle', { type: 'text' }, model.description),
      x('updated', rfc3339(model.updated)),
      x('author', [x('name', model.author)]),
      x('link', { rel: 'self', type: 'application/atom+xml', href: model.feedUrls.atom }),
      x('link', { rel: 'alternate', type: 'text/html', href: model.homePageUrl }),
      x('generator', model.generator),
      ...model.items.map(entry),
    ]),
  ]);
  return writeXml(indent(tree));
}
