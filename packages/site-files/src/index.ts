export { type KeptFile, type SiteFile, writeSite } from './write-site.js';
