import { readFileSync } from 'node:fs';
import {
  type ArticleContext,
  type ArticleSource,
  type ArticleSummary,
  articleMeta,
  type BodyStore,
  compileArticle,
  isPublished,
  readBody,
  summarize,
} from '@kap/content-compiler';
import type { ArticleMeta, Content } from '@kap/content-compiler/types';
import { toFeedParts } from '@kap/feed';
import type { SiteFile } from '@kap/site-files';
import { buildArticleText } from '@kap/text';
import { buildArticlePage, relatedArticles } from '@kap/web';

/** Everything an article's own files depend on besides the article. */
export type SharedContent = Omit<Content, 'articles' | 'getBody'>;

/** One article to compile, or to build the files of, or both. */
export interface ArticleJob extends ArticleSource {
  /** Not in the cache: compile the file. */
  compile: boolean;
  /** Its files were not kept from the last output: build them if it is published. */
  build: boolean;
  /** What the cache holds of it, when it is not compiled again. */
  summary?: ArticleSummary;
  /** The articles its web page lists as related: see {@link relatedByArticle}. */
  related?: ArticleMeta[];
}

/** What every job of one publish shares. */
export interface JobContext {
  context: ArticleContext;
  /** YYYY-MM-DD: articles dated later are not published. */
  today: string;
  /** Undefined when the settings have problems: nothing is built, and the publish fails. */
  shared: SharedContent | undefined;
}

/** Where an article's pieces of the listings go: by slug, each piece by its part name. */
export type KeepParts = (slug: string, parts: Record<string, string>) => void;

/**
 * Compiles one article when asked, and builds its own files (web page, text edition)
 * when asked and it is published, with its piece of the feeds, which needs the body too
 * (`keep`). The same on the main thread and in a worker: a body serves every channel and
 * is dropped after, so memory holds one article at a time.
 */
export function runArticleJob(
  job: ArticleJob,
  jobs: JobContext,
  store: BodyStore,
  emit: (file: SiteFile) => void,
  keep: KeepParts,
): ArticleSummary {
  const compiled = job.compile ? compileArticle(job.file, readFileSync(job.path), jobs.context) : undefined;
  if (compiled) store.set(job.key, compiled);
  const summary = compiled ?? job.summary;
  if (!summary) throw new Error(`${job.file}: neither compiled nor in the cache`);
  if (job.build && jobs.shared && summary.article && isPublished(summary.article, jobs.today)) {
    const article = articleMeta(job.slug, summary.article);
    const body = compiled?.article?.body ?? readBody(job, jobs.context, store);
    const content: Content = { ...jobs.shared, articles: [article], getBody: () => body };
    // The page needs the related articles' metadata, never their bodies: they come with the job.
    emit(buildArticlePage({ ...content, articles: [article, ...(job.related ?? [])] }, article));
    emit(buildArticleText(content, article));
    keep(job.slug, toFeedParts(content, article));
  }
  return summarize(summary);
}

/**
 * For each published article, the articles its web page lists as related, from the
 * summaries of every article: what the web site would list from the whole content.
 */
export function relatedByArticle(
  sources: readonly ArticleSource[],
  summaryOf: (source: ArticleSource) => ArticleSummary | undefined,
  today: string,
): Map<string, ArticleMeta[]> {
  const published = sources.flatMap((source) => {
    const fields = summaryOf(source)?.article;
    return fields && isPublished(fields, today) ? [articleMeta(source.slug, fields)] : [];
  });
  return new Map(published.map((article) => [article.slug, relatedArticles(published, article)]));
}
