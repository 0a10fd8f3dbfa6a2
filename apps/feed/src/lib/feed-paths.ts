import { sitePaths } from '@kap/content';
import type { FeedUrls } from '../types.js';

/**
 * The site paths of one feed document in each format: the subscription feed of the whole
 * site or of a topic, or, with `page`, one of its archive pages.
 */
export function feedPaths(topic: string | undefined, page?: number): FeedUrls {
  const current: FeedUrls = {
    rss: topic === undefined ? sitePaths.rss : sitePaths.topicRss(topic),
    atom: topic === undefined ? sitePaths.atom : sitePaths.topicAtom(topic),
    jsonFeed: topic === undefined ? sitePaths.jsonFeed : sitePaths.topicJsonFeed(topic),
  };
  if (page === undefined) return current;
  return {
    rss: sitePaths.feedArchive(current.rss, page),
    atom: sitePaths.feedArchive(current.atom, page),
    jsonFeed: sitePaths.feedArchive(current.jsonFeed, page),
  };
}
