import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, sep } from 'node:path';
import { sitePaths } from '@kap/content';
import {
  type ArticleCache,
  type ArticleSource,
  type ArticleSummary,
  assembleContent,
  type CompiledContent,
  type ContentSettings,
  diskCache,
  listArticleSources,
  memoryCache,
  readContentSettings,
} from '@kap/content-compiler';
import type { ArchivePage } from '@kap/feed';
import { createPartsMemo, type PartsMemo } from '@kap/render';
import {
  fileFor,
  type KeptFile,
  lockSite,
  openSite,
  recoverSite,
  type SiteDigests,
  type SiteFile,
  testPause,
  updateSite,
} from '@kap/site-files';
import { buildSite } from './build-site.js';
import { type ArticleJob, relatedByArticle, type SharedContent } from './lib/article-job.js';
import { digestContentFiles, type FileStamps } from './lib/content-digests.js';
import {
  articleKeys,
  folderId,
  forgetLastPublish,
  type LastPublish,
  pageKey,
  publishDigest,
  readLastPublish,
  writeLastPublish,
} from './lib/last-publish.js';
import { createPartsStore, type PartsStore } from './lib/parts-store.js';
import { formatDuration, type Progress, silentProgress } from './lib/progress.js';
import { runArticleJobs } from './lib/run-article-jobs.js';

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
  /** Worker threads for the articles to compile or build. Defaults to the number of cores, at most 4. */
  workers?: number;
  /** Fewer articles than this for each worker are done on the main thread: a worker costs a start-up of about a second. Defaults to 300. */
  minPerWorker?: number;
  /**
   * The old-generation heap of each worker thread, in MiB, which bounds the memory of a
   * cold build. A share of articles that needs more is done on the main thread. Defaults to 128.
   */
  workerHeapMb?: number;
  /**
   * Leave writing the memory to its cache folder to the caller, with {@link savePublishMemory}:
   * a watcher does it when edits pause, after the site is up to date.
   */
  deferSave?: boolean;
  /**
   * Update the last output in place, writing only changed files, instead of swapping in a
   * whole new folder: what a preview needs to show an edit at once. Needs a memory.
   */
  inPlace?: boolean;
  /** Called once when another process is publishing to `outDir`: this one waits for it. */
  onWait?: (holder: string) => void;
  /** How long to wait for another publish to `outDir` to finish. Defaults to 10 minutes. */
  lockWaitMs?: number;
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
  /** Each article's pieces of the pages that list articles: list items, index entries, feed items. */
  parts?: PartsStore;
  /** For a process that publishes again and again: content files it need not read again. */
  stamps?: FileStamps;
  /** The settings, notices and pages as last read, with the digest of the files they came from. */
  settings?: { digest: string; value: ContentSettings };
}

/** A publish memory, empty or read from a cache folder. */
export function createPublishMemory(dir?: string, outDir?: string): PublishMemory {
  if (!dir) return { articles: memoryCache(), parts: createPartsStore() };
  const last = outDir ? readLastPublish(dir, outDir) : undefined;
  return { articles: diskCache(dir), dir, parts: createPartsStore(dir), ...(last ? { last } : {}) };
}

/** What a publish made. */
export interface PublishedSite extends Pick<CompiledContent, 'warnings'> {
  articles: number;
  files: number;
  /** True when nothing the site is made from had changed, so the last output was kept. */
  unchanged?: boolean;
  /** Articles whose own files were kept from the last output, their inputs unchanged. */
  keptArticles?: number;
  /** Feed archive pages whose files were kept from the last output, their articles unchanged. */
  keptFeedPages?: number;
}

/**
 * Compiles the content once and publishes every channel into `outDir`, swapped in whole
 * only when everything succeeded. A content error throws ContentProblemsError and leaves
 * the previous `outDir` exactly as it was.
 *
 * Each article is compiled and its own files built in one step, across worker threads
 * when there are many, and written as they are made: memory holds summaries, not bodies.
 * Listings, feeds and indexes are made from the summaries last.
 */
export async function publishSite(options: PublishSiteOptions): Promise<PublishedSite> {
  // One publish at a time into one folder: a second build or a dev loop waits here.
  const release = await lockSite(options.outDir, {
    ...(options.onWait ? { onWait: options.onWait } : {}),
    ...(options.lockWaitMs !== undefined ? { waitMs: options.lockWaitMs } : {}),
  });
  try {
    return await publishLocked(options);
  } finally {
    release();
  }
}

async function publishLocked(options: PublishSiteOptions): Promise<PublishedSite> {
  const progress = options.progress ?? silentProgress;
  const start = performance.now();
  const memory = typeof options.cache === 'string' ? createPublishMemory(options.cache, options.outDir) : options.cache;
  // A publish killed mid-swap left the last good site beside its place: put it back first.
  recoverSite(options.outDir);
  const today = (options.now ?? new Date()).toISOString().slice(0, 10);
  const fileDigests = digestContentFiles(options.contentDir, memory?.stamps);
  const digest = memory ? publishDigest(options.contentDir, today, fileDigests) : undefined;
  // The record of the last publish, if `outDir` is the folder it wrote.
  const last = memory?.last?.outDir === options.outDir && memory.last.outputsId === folderId(options.outDir) ? memory.last : undefined;
  // In place, the digests of the files must be known first: only a build makes them.
  if (last && last.digest === digest && (!options.inPlace || memory?.digests)) {
    progress.done(`Nothing changed since the last build: ${last.files} files in place (${formatDuration(performance.now() - start)})`);
    return { articles: last.articles, files: last.files, warnings: last.warnings, unchanged: true };
  }
  const cache = memory?.articles ?? memoryCache();
  const settings = contentSettings(options.contentDir, fileDigests, memory);
  const sources = listArticleSources(settings, fileDigests);
  const shared = sharedContent(settings);
  const output = lastOutput(options, last, memory);

  // In place, changed files are collected for updateSite. Else they go to a new folder:
  // the output before last, brought up to date, when the last publish kept it.
  const updating = options.inPlace && last ? memory?.digests : undefined;
  const spareDir = `${options.outDir}.previous`;
  const spare = !updating && last?.spare && last.spareId === folderId(spareDir) ? new Map(Object.entries(last.spare)) : undefined;
  const site = updating ? undefined : openSite(options.outDir, { keepPrevious: memory !== undefined, ...(spare ? { spare } : {}) });
  const changed: SiteFile[] = [];
  let written = 0;
  const emit = (file: SiteFile) => {
    if (site) site.add(file);
    else changed.push(file);
    written++;
  };
  let keys: Record<string, string> = {};
  let kept = new Set<string>();
  // Each article's pieces of the listings: kept between publishes with a memory, made as
  // its files are built (the feed's piece needs its body), and read when the listings are.
  // Bound to the articles' keys once they are known, after every article is compiled.
  let memo: PartsMemo = createPartsMemo();
  const keep = (slug: string, parts: Record<string, string>) => {
    for (const [part, value] of Object.entries(parts)) memo.set(slug, part, value);
  };
  try {
    const compiled = sources.filter((source) => !cache.get(source.key)).length;
    await progress.phase(
      'Articles',
      async (tick) => {
        const run = async (jobs: ArticleJob[]) => {
          const byWorkers = await runArticleJobs(
            jobs,
            { context: settings.context, today, shared },
            {
              cache,
              emit,
              keep,
              ...(site ? { site } : {}),
              workers: Math.max(1, options.workers ?? Math.min(availableParallelism(), 4)),
              minPerWorker: options.minPerWorker ?? 300,
              workerHeapMb: options.workerHeapMb ?? 128,
              onProgress: tick,
            },
          );
          // Read `written` after the await: files built on this thread count as they are emitted.
          written += byWorkers;
        };
        // What the cache does not hold is compiled first, so every article's metadata is
        // known before any page is built: a page lists its related articles. The bodies
        // wait in the cache (a folder, or memory) for the pages.
        await run(sources.filter((source) => !cache.get(source.key)).map((source) => ({ ...source, compile: true, build: false })));
        const related = relatedByArticle(sources, (source) => cache.get(source.key), today);
        keys = shared ? articleKeys(shared, sources, related) : {};
        memo = memory?.parts?.memo(keys) ?? memo;
        kept = keptArticles(sources, keys, last, output);
        await run(
          sources.flatMap((source): ArticleJob[] => {
            const summary = cache.get(source.key);
            if (!summary || kept.has(source.slug)) return [];
            return [{ ...source, compile: false, build: true, summary, related: related.get(source.slug) ?? [] }];
          }),
        );
      },
      () => `${sources.length} articles, ${compiled} compiled, ${written} files`,
    );
    const entries = sources.map((source) => ({ source, summary: cache.get(source.key) as ArticleSummary }));
    const { content, warnings } = assembleContent(settings, entries, { now: options.now, cache });

    const published = new Set(content.articles.map(({ slug }) => slug));
    const keptFiles = output ? [...kept].filter((slug) => published.has(slug)).flatMap((slug) => articleFiles(slug).map(output.keep)) : [];
    // A feed archive page made of the same articles as at the last publish keeps its files
    // too: archives hold every article, and building them all again would cost every edit
    // a time that grows with the site.
    const pageKeys: Record<string, string> = {};
    // A page shows its articles' feed items, which do not show related articles: its key
    // leaves them out, so a new article that changes another's related list keeps the page.
    const feedKeys = shared ? articleKeys(shared, sources, new Map()) : {};
    const keptPages: KeptFile[] = [];
    const keepFeedPage = (page: ArchivePage) => {
      const key = pageKey(page, feedKeys);
      const [first = ''] = page.files;
      pageKeys[first] = key;
      if (!output || last?.pageKeys?.[first] !== key || !page.files.every(output.has)) return false;
      keptPages.push(...page.files.map(output.keep));
      return true;
    };
    // Every article's own files are written by now: what is left lists articles.
    await buildSite(content, { progress, only: new Set(), memo, keepFeedPage, emit });
    const outputs = await progress.phase('Write', () => {
      if (updating) {
        // The output is about to change in place: until the new record is saved, a record
        // on disk would describe a site that is no longer there. A kill now costs a full build.
        if (memory?.dir) forgetLastPublish(memory.dir);
        return updateSite([...changed, ...keptFiles, ...keptPages], options.outDir, updating);
      }
      for (const file of [...keptFiles, ...keptPages]) site?.add(file);
      return site?.commit() ?? new Map<string, string>();
    });
    testPause('after-swap');
    const files = outputs.size;
    const reused = [
      ...(keptFiles.length > 0 ? [`${keptFiles.length / 2} articles`] : []),
      ...(keptPages.length > 0 ? [`${keptPages.length / 3} feed archive pages`] : []),
    ];
    const reusedNote = reused.length > 0 ? `, ${reused.join(' and ')} unchanged` : '';
    progress.done(`Published ${files} files${reusedNote} in ${formatDuration(performance.now() - start)}`);
    const result = { articles: content.articles.length, files, warnings };
    if (memory && digest) {
      memory.digests = outputs;
      const publishedKeys = Object.fromEntries(Object.entries(keys).filter(([slug]) => published.has(slug)));
      // The output this one replaced is kept beside it, as the spare for the next publish.
      const spareId = folderId(spareDir);
      const replaced = updating ? (last?.spareId === spareId ? last?.spare : undefined) : last?.outputs;
      memory.last = {
        digest,
        outDir: options.outDir,
        ...result,
        articleKeys: publishedKeys,
        pageKeys,
        outputs: Object.fromEntries(outputs),
        outputsId: folderId(options.outDir) ?? '',
        ...(replaced && spareId ? { spare: replaced, spareId } : {}),
      };
    }
    if (memory && !options.deferSave) {
      try {
        savePublishMemory(memory);
      } catch (error) {
        throw new CacheSaveError(options.outDir, error);
      }
    }
    return {
      ...result,
      ...(keptFiles.length > 0 ? { keptArticles: keptFiles.length / 2 } : {}),
      ...(keptPages.length > 0 ? { keptFeedPages: keptPages.length / 3 } : {}),
    };
  } catch (error) {
    try {
      site?.abort();
    } catch {
      // The cause is what the user must see, not a failure to clean up after it.
    }
    // What a failed run compiled still spares the next one work; failing to keep it is not
    // the error to report.
    if (memory && !options.deferSave && !(error instanceof CacheSaveError)) {
      try {
        savePublishMemory(memory);
      } catch {
        // The run's own error follows.
      }
    }
    throw error;
  }
}

/** The site was published, but what the next build reuses could not be saved. */
export class CacheSaveError extends Error {
  override name = 'CacheSaveError';
  constructor(
    readonly outDir: string,
    override readonly cause: unknown,
  ) {
    super(`The site was published to ${outDir}, but the build cache could not be saved`);
  }
}

/**
 * Writes what a publish memory learned to its cache folder, for the next process: the
 * article cache's manifest, the listings' pieces and the record of the last publish.
 */
export function savePublishMemory(memory: PublishMemory): void {
  memory.articles.save?.();
  if (!memory.last) return;
  memory.parts?.save(memory.last.articleKeys);
  if (memory.dir) writeLastPublish(memory.dir, memory.last);
}

/** The settings, notices and pages: read again only when one of their files changed. */
function contentSettings(contentDir: string, fileDigests: ReadonlyMap<string, string>, memory: PublishMemory | undefined): ContentSettings {
  const articles = join(contentDir, 'articles', sep);
  const hash = createHash('sha256').update(process.env.SITE_URL ?? '');
  for (const [path, digest] of fileDigests) if (!path.startsWith(articles)) hash.update(`\0${path}\0${digest}`);
  const digest = hash.digest('hex');
  if (memory?.settings?.digest === digest) return memory.settings.value;
  const value = readContentSettings(contentDir);
  if (memory) memory.settings = { digest, value };
  return value;
}

/** What every article's own files share, or undefined when the settings have problems. */
function sharedContent(settings: ContentSettings): SharedContent | undefined {
  const { site, glossary, topics, pages } = settings;
  const { disclaimer, crisis } = settings.notices;
  if (!site || !glossary || !topics || !disclaimer || !crisis) return undefined;
  return { site, glossary, topics, notices: { disclaimer, crisis }, pages };
}

/** The last output, when its files can be kept: whether it holds a file, and that file to keep. */
interface LastOutput {
  has(path: string): boolean;
  keep(path: string): KeptFile;
}

function lastOutput(options: PublishSiteOptions, last: LastPublish | undefined, memory: PublishMemory | undefined): LastOutput | undefined {
  // Updating in place needs the digests of what is there, which only this process knows.
  if (!last || (options.inPlace && !memory?.digests)) return undefined;
  // In place, this process knows what is there without asking the disk.
  const digests = options.inPlace ? memory?.digests : undefined;
  return {
    has: digests ? (path) => digests.has(path) : (path) => existsSync(join(options.outDir, path)),
    keep(path) {
      const known = last.outputs[path];
      return { path, from: join(options.outDir, path), ...(known ? { digest: known } : {}) };
    },
  };
}

/** The articles whose own inputs are as they were at the last publish, and whose files are there. */
function keptArticles(
  sources: readonly ArticleSource[],
  keys: Record<string, string>,
  last: LastPublish | undefined,
  output: LastOutput | undefined,
): Set<string> {
  if (!last || !output) return new Set();
  const there = (slug: string) => articleFiles(slug).every(output.has);
  return new Set(sources.filter(({ slug }) => last.articleKeys[slug] === keys[slug] && there(slug)).map(({ slug }) => slug));
}

/** The files that belong to one article alone: its web page and its text edition. */
function articleFiles(slug: string): string[] {
  return [fileFor(sitePaths.article(slug)), fileFor(sitePaths.text(slug))];
}
