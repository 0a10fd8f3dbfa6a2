import { type ArticleCache, type CompiledContent, compileContentParallel, diskCache } from '@kap/content/compiler';
import { buildSite } from './build-site.js';
import { formatDuration, type Progress, silentProgress } from './lib/progress.js';
import { writeSite } from './lib/write-site.js';

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
}

/**
 * Compiles the content once and publishes every channel into `outDir`, swapped in whole
 * only when everything succeeded. A content error throws ContentProblemsError and leaves
 * the previous `outDir` exactly as it was.
 */
export async function publishSite(options: PublishSiteOptions): Promise<PublishedSite> {
  const progress = options.progress ?? silentProgress;
  const start = performance.now();
  const cache = typeof options.cache === 'string' ? diskCache(options.cache) : options.cache;
  const { content, warnings } = await progress.phase(
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
  const files = await buildSite(content, { progress });
  await progress.phase('Write', () => writeSite(files, options.outDir));
  progress.done(`Published ${files.length} files in ${formatDuration(performance.now() - start)}`);
  return { articles: content.articles.length, files: files.length, warnings };
}
