import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { sitePaths } from '@kap/content';
import { type ArticleCache, type CompiledContent, compileContentParallel, diskCache, memoryCache } from '@kap/content/compiler';
import { digestSite, fileFor, type SiteDigests, updateSite, writeSite } from '@kap/site-files';
import { buildSite } from './build-site.js';
import { articleKeys, type LastPublish, publishDigest, readLastPublish, writeLastPublish } from './lib/last-publish.js';
import { formatDuration, type Progress, silentProgress } from './lib/progress.js';

/** Options for {@link publishSite}. */
export interface PublishSiteOptions {
  contentDir: string;
  outDir: string;
  /** Judge publication and review dates against this day. Defaults to now. */
  now?: Date;
  progress?: Progress;
  /**
   * What earlier runs kept, so an unchanged article is never parsed twice and its files
   * are not built again: a folder (kept between processes), or the memory of a process
   * that publishes again and again (the dev watcher).
   */
  cache?: string | PublishMemory;
  /** Worker threads for the articles not in the cache. Defaults to the number of cores, at most 4. */
  workers?: number;
  /**
   * Update the last output in place, writing only changed files, instead of swapping in a
   * whole new folder: what a preview needs to show an edit at once. Needs a memory.
   */
  inPlace?: boolean;
}

/** What one publish keeps for the next. */
export interface PublishMemory {
  /** Compiled articles by the hash of what shaped them. */
  articles: ArticleCache;
  /** The last successful publish. */
  last?: LastPublish;
  /** Where the memory is also kept on disk, for the next process. */
  dir?: string;
  /** The digest of every file of the last output, for in-place updates. */
  digests?: SiteDigests;
  /** Feed item content of the last build, by slug. */
  feedItems?: Map<string, string>;
}

/** A publish memory, empty or read from a cache folder. */
export function createPublishMemory(dir?: string, outDir?: string): PublishMemory {
  if (!dir) return { articles: memoryCache() };
  const last = outDir ? readLastPublish(dir, outDir) : undefined;
  return { articles: diskCache(dir), dir, ...(last ? { last } : {}) };
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
  const memory = typeof options.cache === 'string' ? createPublishMemory(options.cache, options.outDir) : options.cache;
  const today = (options.now ?? new Date()).toISOString().slice(0, 10);
  const digest = memory ? publishDigest(options.contentDir, today) : undefined;
  const last = memory?.last?.outDir === options.outDir && existsSync(options.outDir) ? memory.last : undefined;
  // In place, the digests of the files must be known first: only a build makes them.
  if (last && last.digest === digest && (!options.inPlace || memory?.digests)) {
    progress.done(`Nothing changed since the last build: ${last.files} files in place (${formatDuration(performance.now() - start)})`);
    return { articles: last.articles, files: last.files, warnings: last.warnings, unchanged: true };
  }
  const cache = memory?.articles;
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
  // Updating in place needs the digests of what is there, which only this process knows.
  const keys = articleKeys(content, revisions);
  const canKeep = !options.inPlace || memory?.digests !== undefined;
  const kept = new Set(
    content.articles
      .filter(
        ({ slug }) =>
          canKeep && last?.articleKeys[slug] === keys[slug] && articleFiles(slug).every((path) => existsSync(join(options.outDir, path))),
      )
      .map(({ slug }) => slug),
  );
  const keptFiles = [...kept].flatMap((slug) => articleFiles(slug).map((path) => ({ path, from: join(options.outDir, path) })));
  const feedItems = memory?.feedItems ?? new Map<string, string>();
  for (const slug of feedItems.keys()) if (!kept.has(slug)) feedItems.delete(slug);
  const built = await buildSite(content, {
    progress,
    only: new Set(content.articles.map(({ slug }) => slug).filter((slug) => !kept.has(slug))),
    renderedFeedItems: feedItems,
  });
  const files = [...built, ...keptFiles];
  await progress.phase('Write', () => {
    if (options.inPlace && memory?.digests && last) {
      memory.digests = updateSite(files, options.outDir, memory.digests);
      return;
    }
    writeSite(files, options.outDir);
    if (options.inPlace && memory) memory.digests = digestSite(built);
  });
  if (memory) memory.feedItems = feedItems;
  const reused = kept.size > 0 ? `, ${kept.size} articles unchanged` : '';
  progress.done(`Published ${files.length} files${reused} in ${formatDuration(performance.now() - start)}`);
  const published = { articles: content.articles.length, files: files.length, warnings };
  if (memory && digest) {
    memory.last = { digest, outDir: options.outDir, ...published, articleKeys: keys };
    if (memory.dir) {
      writeLastPublish(memory.dir, memory.last);
      memory.articles.prune?.();
    }
  }
  return kept.size > 0 ? { ...published, keptArticles: kept.size } : published;
}

/** The files that belong to one article alone: its web page and its text edition. */
function articleFiles(slug: string): string[] {
  return [fileFor(sitePaths.article(slug)), fileFor(sitePaths.text(slug))];
}
