export { fileFor } from './file-for.js';
export { type LockSiteOptions, lockSite, SiteLockedError } from './lock-site.js';
export { testPause } from './test-pause.js';
export { digestContents, digestSite, type SiteDigests, updateSite } from './update-site.js';
export {
  type KeptFile,
  type OpenSiteOptions,
  openSite,
  recoverSite,
  type SiteFile,
  SiteFolderError,
  type SiteWriter,
  siteFileBytes,
  writeSite,
  writeSiteFile,
} from './write-site.js';
