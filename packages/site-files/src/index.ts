export { fileFor } from './file-for.js';
export { digestContents, digestSite, type SiteDigests, updateSite } from './update-site.js';
export {
  type KeptFile,
  type OpenSiteOptions,
  openSite,
  type SiteFile,
  type SiteWriter,
  siteFileBytes,
  writeSite,
  writeSiteFile,
} from './write-site.js';
