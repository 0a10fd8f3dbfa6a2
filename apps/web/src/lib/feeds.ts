import type { Content, Topic } from '@kap/content-compiler/types';
import { sitePaths } from './web-paths.js';

/** One feed: its format's name, its media type and its root-relative address. */
export interface Feed {
  format: 'RSS' | 'Atom' | 'JSON Feed';
  type: string;
  href: string;
}

/** The feeds of every article, in the three formats, RSS first. */
export function siteFeedList(): Feed[] {
  return feedList(sitePaths.rss, sitePaths.atom, sitePaths.jsonFeed);
}

/** The feeds of one topic's articles, in the three formats, RSS first. */
export function topicFeedList(topic: Pick<Topic, 'slug'>): Feed[] {
  return feedList(sitePaths.topicRss(topic.slug), sitePaths.topicAtom(topic.slug), sitePaths.topicJsonFeed(topic.slug));
}

/** A `<link rel="alternate">` in a page's head: a feed or the plain-text edition. */
export interface Alternate {
  type: string;
  href: string;
  title: string;
}

/** Feeds as alternates for autodiscovery, named `<name> (<format>)`. */
export function feedAlternates(name: string, feeds: readonly Feed[]): Alternate[] {
  return feeds.map((feed) => ({ type: feed.type, href: feed.href, title: `${name} (${feed.format})` }));
}

/** The site-wide feeds, offered for autodiscovery on every page. */
export function siteFeeds(content: Content): Alternate[] {
  return feedAlternates(content.site.title, siteFeedList());
}

function feedList(rss: string, atom: string, json: string): Feed[] {
  return [
    { format: 'RSS', type: 'application/rss+xml', href: rss },
    { format: 'Atom', type: 'application/atom+xml', href: atom },
    { format: 'JSON Feed', type: 'application/feed+json', href: json },
  ];
}
