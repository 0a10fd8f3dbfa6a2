export { type BuildSiteOptions, buildSite } from './build-site.js';
export { type CreateProgressOptions, createProgress, type Progress, silentProgress } from './lib/progress.js';
export {
  createPublishMemory,
  type PublishedSite,
  type PublishMemory,
  type PublishSiteOptions,
  publishSite,
  savePublishMemory,
} from './publish-site.js';
export { contentTypeOf, type ServeSiteOptions, serveSite } from './serve-site.js';
export { type WatchSiteOptions, watchSite } from './watch-site.js';
