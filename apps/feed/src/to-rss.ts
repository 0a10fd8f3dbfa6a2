import { x } from 'xastscript';
import { rfc822 } from './lib/dates.js';
import { indent } from './lib/indent.js';
import { namespaces } from './lib/namespaces.js';
import { writeXml } from './lib/write-xml.js';
import type { FeedItem, FeedModel } from './types.js';

/** Options for {@link toRss}: none yet; the model decides everything. */
export type ToRssOptions = Record<string, never>;

function item(entry: FeedItem) {
  return x('item', [
    x('title', entry.title),
    x('link', entry.url),
    // The canonical URL, so isPermaLink is true; it is the item's permanent id.
    x('guid', { isPermaLink: 'true' }, entry.id),
    x('pubDate', rfc822(entry.published)),
    // RSS `author` must be an email address; a name alone belongs in dc:creator.
    x('dc:creator', entry.author),
    ...entry.categories.map((category) => x('category', category.label)),
    // The summary comes before the full text, as the RSS Best Practices Profile asks.
    x('description', entry.summary),
    x('content:encoded', entry.contentHtml),
  ]);
}

/**
 * Writes a feed model as RSS 2.0 with the full article in `content:encoded`, `dc:creator`
 * and an `atom:link rel="self"`; every prefix used is declared on the `rss` element.
 */
export function toRss(model: FeedModel, _options: ToRssOptions = {}): string {
  const tree = x(null, [
    { type: 'instruction', name: 'xml', value: 'version="1.0" encoding="utf-8"' },
    x(
      'rss',
      {
        version: '2.0',
        'xmlns:atom': namespaces.atom,
        'xmlns:content': namespaces.content,
        'xmlns:dc': namespaces.dc,
      },
      [
        x('channel', [
          x('title', model.title),
          x('link', model.homePageUrl),
          x('description', model.description),
          x('language', model.language),
          x('lastBuildDate', rfc822(model.updated)),
          x('atom:link', { href: model.feedUrls.rss, rel: 'self', type: 'application/rss+xml' }),
          x('generator', model.generator),
          ...model.items.map(item),
        ]),
      ],
    ),
  ]);
  return writeXml(indent(tree));
}
