import { absoluteUrl } from '@kap/content';
import type { Content } from '@kap/content-compiler/types';
import { memoized, type PartsMemo } from '@kap/render';
import type { Element, Root } from 'xast';
import { type Raw, toXml } from 'xast-util-to-xml';
import { x } from 'xastscript';
import { pagePath, sitePaths, webPaths } from './web-paths.js';

/**
 * sitemap.xml: every indexable page with its absolute URL and, where the content knows
 * it, the date it last changed. No dates are "now", so two builds are byte-identical.
 */
export function sitemap(content: Content, memo?: PartsMemo): string {
  const newest = (slugs: readonly { modified: string }[]) =>
    slugs.reduce<string | undefined>(
      (latest, article) => (latest === undefined || article.modified > latest ? article.modified : latest),
      undefined,
    );
  const url = (entry: { path: string; modified: string | undefined }): Element =>
    x('url', [x('loc', absoluteUrl(content.site, entry.path)), entry.modified ? x('lastmod', entry.modified) : undefined]);
  // The articles' entries, as XML made here from escaped values, each kept in `memo` between builds.
  const articleUrls: Raw = {
    type: 'raw',
    value: content.articles
      .map((article) =>
        memoized(memo, article.slug, 'sitemap', () => toXml(url({ path: sitePaths.article(article.slug), modified: article.modified }))),
      )
      .join(''),
  };
  const entries: Array<{ path: string; modified: string | undefined }> = [
    { path: sitePaths.home, modified: newest(content.articles) },
    { path: webPaths.topics, modified: undefined },
    ...content.topics.map((topic) => ({
      path: sitePaths.topic(topic.slug),
      modified: newest(content.articles.filter((article) => article.topics.includes(topic.slug))),
    })),
    ...content.pages
      .filter((page) => pagePath(page.slug) !== webPaths.help)
      .map((page) => ({ path: pagePath(page.slug), modified: undefined })),
    { path: webPaths.help, modified: undefined },
    { path: webPaths.subscribe, modified: undefined },
  ];
  const [home, ...others] = entries.map(url);
  const tree = x('urlset', { xmlns: 'http://www.sitemaps.org/schemas/sitemap/0.9' }, [home, articleUrls, ...others]);
  const root: Root = {
    type: 'root',
    children: [{ type: 'instruction', name: 'xml', value: 'version="1.0" encoding="utf-8"' }, { type: 'text', value: '\n' }, tree],
  };
  return `${toXml(root, { allowDangerousXml: true })}\n`;
}
