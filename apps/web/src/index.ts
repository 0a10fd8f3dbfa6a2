export { type BuildWebOptions, buildArticlePage, buildWeb, type SiteFile } from './build-web.js';
export { relatedArticles, relatedLimit } from './lib/related-articles.js';
export { webChannel } from './web-channel.js';
