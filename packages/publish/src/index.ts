export type { ArticleFiles, Channel, ChannelBuild, ListingOptions, SiteConfig } from './channel.js';
export { createLiveReload, type LiveReload } from './lib/live-reload.js';
export { type CreateProgressOptions, createProgress, type Progress, silentProgress } from './lib/progress.js';
export {
  CacheSaveError,
  createPublishMemory,
  type PublishedSite,
  type PublishMemory,
  type PublishSiteOptions,
  publishSite,
  savePublishMemory,
} from './publish-site.js';
export { recoverLastSite } from './recover-last-site.js';
export { contentTypeOf, type ServeSiteOptions, serveSite } from './serve-site.js';
export { type WatchSiteOptions, watchSite } from './watch-site.js';
