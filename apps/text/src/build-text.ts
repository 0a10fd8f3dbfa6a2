import { sitePaths } from '@kap/content';
import type { ArticleMeta, Content } from '@kap/content-compiler/types';
import type { PartsMemo } from '@kap/render';
import { fileFor, type SiteFile } from '@kap/site-files';
import { articleText } from './lib/article-text.js';
import { indexText } from './lib/index-text.js';

/** Options for {@link buildText}. */
export interface BuildTextOptions {
  /** Write article files only for these slugs; the index always lists every article. */
  only?: ReadonlySet<string>;
  /** Articles' entries in the index from an earlier build, kept by a publisher that builds again and again. */
  memo?: PartsMemo;
}

/**
 * The plain-text edition: `text/<slug>.txt` for every published article and
 * `text/index.txt`, at the paths `sitePaths` gives, as UTF-8 text with LF line endings.
 */
export function buildText(content: Content, options: BuildTextOptions = {}): SiteFile[] {
  return [
    ...content.articles.filter((article) => options.only?.has(article.slug) ?? true).map((article) => buildArticleText(content, article)),
    { path: fileFor(sitePaths.textIndex), contents: indexText(content, options.memo) },
  ];
}

/**
 * One article's text edition, which depends on that article and the settings alone: a
 * publisher may build it apart from the rest, in another thread, with `content.articles` empty.
 */
export function buildArticleText(content: Content, article: ArticleMeta): SiteFile {
  return { path: fileFor(sitePaths.text(article.slug)), contents: articleText(content, article) };
}
