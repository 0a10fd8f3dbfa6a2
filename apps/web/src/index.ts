export { type BuildWebOptions, buildArticlePage, buildWeb, type SiteFile } from './build-web.js';
