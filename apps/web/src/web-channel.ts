import type { ArticleMeta } from '@kap/content-compiler/types';
import type { Channel } from '@kap/publish';
import { buildArticlePage, buildWeb } from './build-web.js';
import { relatedArticles } from './lib/related-articles.js';

// Which articles each article lists as related depends on every article's slug, topics and
// date alone: kept between publishes while those are unchanged, as a dev loop publishes
// again and again after edits of text.
let lastRelated: { shape: string; slugs: Map<string, string[]> } | undefined;

function relatedSlugs(articles: readonly ArticleMeta[]): Map<string, string[]> {
  const shape = JSON.stringify(articles.map(({ slug, topics, published }) => [slug, topics, published]));
  if (lastRelated?.shape !== shape) {
    const slugs = new Map(articles.map((article) => [article.slug, relatedArticles(articles, article).map(({ slug }) => slug)]));
    lastRelated = { shape, slugs };
  }
  return lastRelated.slugs;
}

/**
 * The web site as a channel of the publisher: an article's page is its own file (it shows
 * its related articles' titles and summaries too); every other page lists articles.
 */
export const webChannel: Channel = {
  name: 'Web pages',
  start(content) {
    const bySlug = new Map(content.articles.map((article) => [article.slug, article]));
    const related = relatedSlugs(content.articles);
    return {
      shownWith: (article) =>
        JSON.stringify(
          (related.get(article.slug) ?? []).map((slug) => {
            const shown = bySlug.get(slug);
            return [slug, shown?.title, shown?.description];
          }),
        ),
      articleFiles: (article, body) => ({ files: [buildArticlePage({ ...content, getBody: () => body }, article)] }),
      listingFiles: ({ memo, reuse }) => buildWeb(content, { only: new Set(), memo, reuse }),
    };
  },
};
