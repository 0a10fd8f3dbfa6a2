import { x } from 'xastscript';
import { rfc3339 } from './lib/dates.js';
import { historyLinks } from './lib/history-links.js';
import { indent } from './lib/indent.js';
import { namespaces } from './lib/namespaces.js';
import { writeXml } from './lib/write-xml.js';
import type { FeedCategory, FeedItem, FeedModel } from './types.js';

/** Options for {@link toAtom}: none yet; the model decides everything. */
export type ToAtomOptions = Record<string, never>;

const atomType = 'application/atom+xml';

// A label only where it says more than the term: a topic's title; a tag is its own label.
function category({ term, label, scheme }: FeedCategory) {
  return x('category', { term, ...(scheme ? { scheme } : {}), ...(label === term ? {} : { label }) });
}

function entry(item: FeedItem) {
  return x('entry', [
    x('id', item.id),
    x('title', { type: 'text' }, item.title),
    x('link', { rel: 'alternate', type: 'text/html', href: item.url }),
    x('published', rfc3339(item.published)),
    x('updated', rfc3339(item.modified)),
    x('author', [x('name', item.author)]),
    ...item.categories.map(category),
    x('summary', { type: 'text' }, item.summary),
    // type="html": the HTML is escaped text, so it needs no CDATA and no XHTML rules.
    x('content', { type: 'html' }, item.contentHtml),
  ]);
}

/**
 * Writes a feed model as Atom 1.0 (RFC 4287): the full article as escaped HTML in `content`,
 * with the RFC 5005 links: `fh:archive` on an archive page, `fh:complete` on a feed that
 * holds every article.
 */
export function toAtom(model: FeedModel, _options: ToAtomOptions = {}): string {
  const { history } = model;
  const tree = x(null, [
    { type: 'instruction', name: 'xml', value: 'version="1.0" encoding="utf-8"' },
    x(
      'feed',
      { xmlns: namespaces.atom, ...(history.archive || history.complete ? { 'xmlns:fh': namespaces.fh } : {}), 'xml:lang': model.language },
      [
        // The feed's address is as permanent as the entries' ids are. An archive page is part
        // of the same feed, so it carries the same id; its own address is its self link.
        x('id', history.current.atom),
        x('title', { type: 'text' }, model.title),
        x('subtitle', { type: 'text' }, model.description),
        x('updated', rfc3339(model.updated)),
        x('author', [x('name', model.author)]),
        x('link', { rel: 'self', type: atomType, href: model.feedUrls.atom }),
        x('link', { rel: 'alternate', type: 'text/html', href: model.homePageUrl }),
        ...historyLinks(history, 'atom').map((link) => x('link', { rel: link.rel, type: atomType, href: link.href })),
        ...(history.archive ? [x('fh:archive')] : []),
        ...(history.complete ? [x('fh:complete')] : []),
        x('generator', model.generator),
        ...model.items.map(entry),
      ],
    ),
  ]);
  return writeXml(indent(tree));
}
