export { type ArchivePage, type BuildFeedsOptions, buildFeedFiles, buildFeeds } from './build-feeds.js';
export { feedChannel } from './feed-channel.js';
export { type ToAtomOptions, toAtom } from './to-atom.js';
export { countArchivePages, defaultFeedLimit, type ToFeedModelOptions, toFeedModel } from './to-feed-model.js';
export { toFeedParts } from './to-feed-parts.js';
export { type ToJsonFeedOptions, toJsonFeed } from './to-json-feed.js';
export { type ToRssOptions, toRss } from './to-rss.js';
export type { FeedCategory, FeedHistory, FeedItem, FeedModel, FeedUrls, SiteFile } from './types.js';
