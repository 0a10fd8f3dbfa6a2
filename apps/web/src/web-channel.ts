import type { Channel } from '@kap/publish';
import { buildArticlePage, buildWeb } from './build-web.js';
import { relatedArticles } from './lib/related-articles.js';

/**
 * The web site as a channel of the publisher: an article's page is its own file (it shows
 * its related articles' titles and summaries too); every other page lists articles.
 */
export const webChannel: Channel = {
  name: 'Web pages',
  start(content) {
    return {
      shownWith: (article) =>
        JSON.stringify(relatedArticles(content.articles, article).map(({ slug, title, description }) => [slug, title, description])),
      articleFiles: (article, body) => ({ files: [buildArticlePage({ ...content, getBody: () => body }, article)] }),
      listingFiles: ({ memo }) => buildWeb(content, { only: new Set(), memo }),
    };
  },
};
