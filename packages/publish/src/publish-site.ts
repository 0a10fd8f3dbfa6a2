import { join } from 'node:path';
import { sitePaths } from '@kap/content';
import { type ArticleCache, type CompiledContent, compileContentParallel, diskCache } from '@kap/content/compiler';
import { writeSite } from '@kap/site-files';
import { buildSite } from './build-site.js';
import { articleKeys, publishDigest, readLastPublish, writeLastPublish } from './lib/last-publish.js';
import { formatDuration, type Progress, silentProgress } from './lib/progress.js';

/** Options for {@link publishSite}. */
export interface PublishSiteOptions {
  contentDir: string;
  outDir: string;
  /** Judge publication and review dates against this day. Defaults to now. */
  now?: Date;
  progress?: Progress;
  /**
   * Compiled articles kept from earlier runs, so an unchanged article is never parsed
   * twice: a folder (kept between processes) or a cache object (kept by the dev watcher).
   */
  cache?: ArticleCache | string;
  /** Worker threads for the articles not in the cache. Defaults to the number of cores, at most 4. */
  workers?: number;
}

/** What a publish made. */
export interface PublishedSite extends Pick<CompiledContent, 'warnings'> {
  articles: number;
  files: number;
  /** True when nothing the site is made from had changed, so the last output was kept. */
  unchanged?: boolean;
  /** Articles whose own files were kept from the last output, their inputs unchanged. */
  keptArticles?: number;
}

/**
 * Compiles the content once and publishes every channel into `outDir`, swapped in whole
 * only when everything succeeded. A content error throws ContentProblemsError and leaves
 * the previous `outDir` exactly as it was.
 */
export async function publishSite(options: PublishSiteOptions): Promise<PublishedSite> {
  const progress = options.progress ?? silentProgress;
  const start = performance.now();
  const cacheDir = typeof options.cache === 'string' ? options.cache : undefined;
  const digest = cacheDir ? publishDigest(options.contentDir, (options.now ?? new Date()).toISOString().slice(0, 10)) : undefined;
  const last = cacheDir ? readLastPublish(cacheDir, options.outDir) : undefined;
  if (last && last.digest === digest) {
    progress.done(`Nothing changed since the last build: ${last.files} files in place (${formatDuration(performance.now() - start)})`);
    return { articles: last.articles, files: last.files, warnings: last.warnings, unchanged: true };
  }
  const cache = cacheDir ? diskCache(cacheDir) : typeof options.cache === 'object' ? options.cache : undefined;
  const { content, warnings, revisions } = await progress.phase(
    'Content',
    (tick) =>
      compileContentParallel({
        contentDir: options.contentDir,
        onProgress: tick,
        ...(options.now ? { now: options.now } : {}),
        ...(cache ? { cache } : {}),
        ...(options.workers ? { workers: options.workers } : {}),
      }),
    ({ content }) => `${content.articles.length} articles`,
  );

  // An article whose own inputs are as they were keeps its files from the last output.
  const keys = articleKeys(content, revisions);
  const kept = new Set(content.articles.filter(({ slug }) => last?.articleKeys[slug] === keys[slug]).map(({ slug }) => slug));
  const keptFiles = [...kept].flatMap((slug) => articleFiles(slug).map((path) => ({ path, from: join(options.outDir, path) })));
  const built = await buildSite(content, {
    progress,
    only: new Set(content.articles.map(({ slug }) => slug).filter((slug) => !kept.has(slug))),
  });
  const files = [...built, ...keptFiles];
  await progress.phase('Write', () => writeSite(files, options.outDir));
  const reused = kept.size > 0 ? `, ${kept.size} articles unchanged` : '';
  progress.done(`Published ${files.length} files${reused} in ${formatDuration(performance.now() - start)}`);
  const published = { articles: content.articles.length, files: files.length, warnings };
  if (cacheDir && digest) writeLastPublish(cacheDir, { digest, outDir: options.outDir, ...published, articleKeys: keys });
  return kept.size > 0 ? { ...published, keptArticles: kept.size } : published;
}

/** The files that belong to one article alone: its web page and its text edition. */
function articleFiles(slug: string): string[] {
  return [`${sitePaths.article(slug).replace(/^\//, '')}index.html`, sitePaths.text(slug).replace(/^\//, '')];
}
