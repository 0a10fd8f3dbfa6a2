export { type BuildWebOptions, buildWeb, type SiteFile } from './build-web.js';
