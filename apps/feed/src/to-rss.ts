import { x } from 'xastscript';
import { rfc822, rfc3339 } from './lib/dates.js';
import { historyLinks } from './lib/history-links.js';
import { indent } from './lib/indent.js';
import { namespaces } from './lib/namespaces.js';
import { writeXml } from './lib/write-xml.js';
import type { FeedItem, FeedModel } from './types.js';

/** Options for {@link toRss}: none yet; the model decides everything. */
export type ToRssOptions = Record<string, never>;

const rssType = 'application/rss+xml';

function item(entry: FeedItem) {
  return x('item', [
    x('title', entry.title),
    x('link', entry.url),
    // The canonical URL, so isPermaLink is true; it is the item's permanent id.
    x('guid', { isPermaLink: 'true' }, entry.id),
    x('pubDate', rfc822(entry.published)),
    // RSS has no element for an item's last change. atom:updated (RFC 3339) is one the W3C
    // validator checks in an RSS item and feedparser reads as the item's `updated`, in a
    // namespace the feed declares anyway; dc:modified does not exist (the validator calls it
    // an undefined element), and dcterms:modified would add a namespace to say the same.
    x('atom:updated', rfc3339(entry.modified)),
    // RSS `author` must be an email address; a name alone belongs in dc:creator.
    x('dc:creator', entry.author),
    // A topic's `domain` names the site's topics page; a tag has none, which keeps the two apart.
    ...entry.categories.map((category) => x('category', category.scheme ? { domain: category.scheme } : {}, category.label)),
    // The summary comes before the full text, as the RSS Best Practices Profile asks.
    x('description', entry.summary),
    x('content:encoded', entry.contentHtml),
  ]);
}

/**
 * Writes a feed model as RSS 2.0 with the full article in `content:encoded`, `dc:creator`
 * and an `atom:link rel="self"`; every prefix used is declared on the `rss` element. The
 * RFC 5005 links are `atom:link` elements too, RSS having none of its own; an archive
 * page carries `fh:archive`, and a feed that holds every article `fh:complete`.
 */
export function toRss(model: FeedModel, _options: ToRssOptions = {}): string {
  const { history } = model;
  const tree = x(null, [
    { type: 'instruction', name: 'xml', value: 'version="1.0" encoding="utf-8"' },
    x(
      'rss',
      {
        version: '2.0',
        'xmlns:atom': namespaces.atom,
        'xmlns:content': namespaces.content,
        'xmlns:dc': namespaces.dc,
        ...(history.archive || history.complete ? { 'xmlns:fh': namespaces.fh } : {}),
      },
      [
        x('channel', [
          x('title', model.title),
          x('link', model.homePageUrl),
          x('description', model.description),
          x('language', model.language),
          x('lastBuildDate', rfc822(model.updated)),
          x('atom:link', { href: model.feedUrls.rss, rel: 'self', type: rssType }),
          ...historyLinks(history, 'rss').map((link) => x('atom:link', { href: link.href, rel: link.rel, type: rssType })),
          ...(history.archive ? [x('fh:archive')] : []),
          ...(history.complete ? [x('fh:complete')] : []),
          x('generator', model.generator),
          ...model.items.map(item),
        ]),
      ],
    ),
  ]);
  return writeXml(indent(tree));
}
