import type { Channel } from '@kap/publish';
import { buildFeedFiles } from './build-feeds.js';
import { toFeedParts } from './to-feed-parts.js';

/**
 * The feeds as a channel of the publisher: an article has no feed file of its own, only
 * its item's content, which needs its body; every feed and archive page lists articles.
 */
export const feedChannel: Channel = {
  name: 'Feeds',
  start(content) {
    return {
      articleFiles: (article, body) => ({ files: [], parts: toFeedParts({ ...content, getBody: () => body }, article) }),
      listingFiles: ({ memo, reuse }) => buildFeedFiles(content, { memo, keepPage: (page) => reuse(page.files, page.slugs, page.also) }),
    };
  },
};
