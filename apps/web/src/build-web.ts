import type { ArticleMeta, Content } from '@kap/content-compiler/types';
import type { PartsMemo } from '@kap/render';
import { fileFor, type SiteFile } from '@kap/site-files';
import { faviconIco, faviconSvg } from './lib/assets.js';
import { articlePage } from './lib/pages/article-page.js';
import { contentPage } from './lib/pages/content-page.js';
import { helpPage } from './lib/pages/help-page.js';
import { homePage } from './lib/pages/home-page.js';
import { notFoundPage } from './lib/pages/not-found-page.js';
import { subscribePage } from './lib/pages/subscribe-page.js';
import { topicPage } from './lib/pages/topic-page.js';
import { topicsPage } from './lib/pages/topics-page.js';
import { robotsTxt } from './lib/robots-txt.js';
import { sitemap } from './lib/sitemap.js';
import { stylesheet } from './lib/stylesheet.js';
import { pagePath, pageSlugs, sitePaths, webPaths } from './lib/web-paths.js';

export type { SiteFile };

/** Options for {@link buildWeb}. */
export interface BuildWebOptions {
  /**
   * Build article pages only for these slugs; every other page, which lists articles,
   * is built in full. A publisher that kept the other article pages passes the changed ones.
   */
  only?: ReadonlySet<string>;
  /** Articles' list items from an earlier build, kept by a publisher that builds again and again. */
  memo?: PartsMemo;
  /**
   * Asked before a topic's page is built, with its file and its articles' slugs: true when
   * the caller still has the file from an earlier build of the same articles and settings.
   */
  reuse?: (files: string[], slugs: string[]) => boolean;
}

/**
 * Builds the web site from published content: the home page, a page per article and per
 * topic, a topics page, the content pages (such as about), the help page (from help.md,
 * or the crisis notice), the subscribe page, a 404 page, sitemap.xml, robots.txt,
 * styles.css and the icon (favicon.svg and favicon.ico). Pure: nothing is written, and no
 * two files share a path.
 */
export function buildWeb(content: Content, options: BuildWebOptions = {}): SiteFile[] {
  const page = (path: string, contents: string): SiteFile => ({ path: fileFor(path), contents });
  return [
    page(sitePaths.home, homePage(content, options.memo)),
    ...content.articles.filter((article) => options.only?.has(article.slug) ?? true).map((article) => buildArticlePage(content, article)),
    page(webPaths.topics, topicsPage(content)),
    ...content.topics.flatMap((topic) => {
      const path = sitePaths.topic(topic.slug);
      const slugs = content.articles.filter((article) => article.topics.includes(topic.slug)).map((article) => article.slug);
      return options.reuse?.([fileFor(path)], slugs) ? [] : [page(path, topicPage(content, topic, options.memo))];
    }),
    // help.md is the help page, which is built once, below, with or without it.
    ...content.pages
      .filter((contentPageData) => contentPageData.slug !== pageSlugs.help)
      .map((contentPageData) => page(pagePath(contentPageData.slug), contentPage(content, contentPageData))),
    page(webPaths.help, helpPage(content)),
    page(webPaths.subscribe, subscribePage(content)),
    page(webPaths.notFound, notFoundPage(content)),
    page(sitePaths.sitemap, sitemap(content, options.memo)),
    page(webPaths.robots, robotsTxt(content)),
    page(sitePaths.stylesheet, stylesheet(content.site)),
    page(webPaths.favicon, faviconSvg),
    { path: fileFor(webPaths.faviconIco), contents: faviconIco, encoding: 'base64' },
  ];
}

/**
 * One article's page, which depends on that article and the settings alone: a publisher
 * may build it apart from the rest, in another thread, with `content.articles` empty.
 */
export function buildArticlePage(content: Content, article: ArticleMeta): SiteFile {
  return { path: fileFor(sitePaths.article(article.slug)), contents: articlePage(content, article) };
}
