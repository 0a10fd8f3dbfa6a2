export { fileFor } from './file-for.js';
export { digestSite, type SiteDigests, updateSite } from './update-site.js';
export { type KeptFile, type SiteFile, writeSite } from './write-site.js';
