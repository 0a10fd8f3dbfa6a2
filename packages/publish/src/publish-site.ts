import { existsSync, mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { type ContentData, dataStamps, readContentData } from '@kap/content-compiler/data';
import { createPartsMemo } from '@kap/render';
import { type KeptFile, lockSite, openSite, recoverSite, type SiteDigests, type SiteFile, testPause, updateSite } from '@kap/site-files';
import type { Channel } from './channel.js';
import { contentOf, startChannels } from './lib/article-job.js';
import {
  type ArticleKeys,
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
  /** The content package's data folder, which its build wrote: the one source of the site. */
  dataDir: string;
  /** The data of `dataDir`, when the caller has just written it (the dev loop): not read again. */
  data?: ContentData;
  outDir: string;
  /** The site's channels, or how to load them: a publish with nothing to do never does. */
  channels: readonly Channel[] | (() => Promise<readonly Channel[]>);
  /**
   * The URL of the module whose default export is the site's config ({@link SiteConfig}),
   * with these channels: worker threads import it. Without it, everything runs on this thread.
   */
  siteModule?: string;
  progress?: Progress;
  /**
   * What earlier runs kept, so an unchanged article's files are not built again: a folder
   * (kept between processes), or the memory of a process that publishes again and again.
   */
  cache?: string | PublishMemory;
  /** Threads that build the articles, this one included (the others are workers). Defaults to the number of cores, at most 4. */
  workers?: number;
  /** Fewer articles than this for each thread are all done on this one: a worker costs a start-up. Defaults to 300. */
  minPerWorker?: number;
  /** The old-generation heap of each worker, in MiB, which bounds a cold publish's memory; a share that needs more is done on the main thread. Defaults to 128. */
  workerHeapMb?: number;
  /** Leave writing the memory to its cache folder to the caller, with {@link savePublishMemory}. */
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
  /** The last successful publish. */
  last?: LastPublish;
  /** Where the memory is also kept on disk, for the next process. */
  dir?: string;
  /** The digest of every file of the last output, for in-place updates. */
  digests?: SiteDigests;
  /** Each article's pieces of the pages that list articles: list items, index entries, feed items. */
  parts?: PartsStore;
}

/** A publish memory, empty or read from a cache folder. */
export function createPublishMemory(dir?: string, outDir?: string): PublishMemory {
  if (!dir) return { parts: createPartsStore() };
  mkdirSync(dir, { recursive: true });
  const last = outDir ? readLastPublish(dir, outDir) : undefined;
  return { dir, parts: createPartsStore(dir), ...(last ? { last } : {}) };
}

/** What a publish made. */
export interface PublishedSite {
  articles: number;
  files: number;
  /** True when nothing the site is made from had changed, so the last output was kept. */
  unchanged?: boolean;
  /** Articles whose own files were kept from the last output, their inputs unchanged. */
  keptArticles?: number;
  /** Pages that list articles whose files were kept from the last output (feed archive pages). */
  keptPages?: number;
}

/**
 * Publishes every channel from the content package's data into `outDir`, swapped in whole
 * only when everything succeeded (or, `inPlace`, updating only the files that changed).
 * Nothing is compiled here: the data is the one source.
 *
 * Each article's own files are built first, across worker threads when there are many,
 * and written as they are made: memory holds one body at a time. The files that list
 * articles are made last, from the metadata and each article's kept pieces.
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
  // The record of the last publish, if `outDir` is the folder it wrote.
  const last = memory?.last?.outDir === options.outDir && memory.last.outputsId === folderId(options.outDir) ? memory.last : undefined;
  // Taken before the data is read: a write after that changes them, and the next publish reads it.
  const stamps = dataStamps(options.dataDir);
  // In place, the digests of the files must be known first: only a build makes them.
  const current = (dataDigest: string | undefined) =>
    last !== undefined && dataDigest !== undefined && last.digest === publishDigest(dataDigest) && (!options.inPlace || memory?.digests);
  const nothingChanged = (files: number, articles: number) => {
    progress.done(`Nothing changed since the last build: ${files} files in place (${formatDuration(performance.now() - start)})`);
    return { articles, files, unchanged: true };
  };
  // The data files as the last publish found them: their digest is known without reading them.
  if (last && !options.data && current(stampedDigest(last, stamps))) return nothingChanged(last.files, last.articles);
  const data = options.data ?? readContentData(options.dataDir);
  if (last && current(data.digest)) return nothingChanged(last.files, last.articles);
  const content = contentOf(data);
  const channels = typeof options.channels === 'function' ? await options.channels() : options.channels;
  const builds = startChannels(channels, content);
  const keys = articleKeys(data, builds);
  const output = lastOutput(options, last, memory);

  // In place, changed files are collected for updateSite. Else they go to a new folder:
  // the output before last, brought up to date, when the last publish kept it.
  const updating = options.inPlace && last ? memory?.digests : undefined;
  const spareDir = `${options.outDir}.previous`;
  const spare = !updating && last?.spare && last.spareId === folderId(spareDir) ? new Map(Object.entries(last.spare)) : undefined;
  const site = updating ? undefined : openSite(options.outDir, { keepPrevious: memory !== undefined, ...(spare ? { spare } : {}) });
  const changed: SiteFile[] = [];
  const emit = (file: SiteFile) => {
    if (site) site.add(file);
    else changed.push(file);
  };
  // Each article's pieces of the listings: kept between publishes with a memory, made as
  // its files are built (the feed's piece needs its body), and read when the listings are.
  const memo = memory?.parts?.memo(keys.data) ?? createPartsMemo();
  const keep = (slug: string, parts: Record<string, string>) => {
    for (const [part, value] of Object.entries(parts)) memo.set(slug, part, value);
  };
  try {
    const kept = keptArticles(data, keys, last, output);
    const articleFiles: Record<string, string[]> = {};
    const toBuild = data.index.articles.filter((article) => !kept.has(article.slug));
    await progress.phase(
      'Articles',
      (tick) =>
        runArticleJobs(toBuild, {
          data,
          builds,
          emit,
          keep,
          built: (slug, paths) => {
            articleFiles[slug] = paths;
          },
          ...(site && options.siteModule
            ? {
                threads: {
                  site,
                  siteModule: options.siteModule,
                  workers: Math.max(1, options.workers ?? Math.min(availableParallelism(), 4)),
                  minPerWorker: options.minPerWorker ?? 300,
                  heapMb: options.workerHeapMb ?? 128,
                },
              }
            : {}),
          onProgress: tick,
        }),
      () => `${data.index.articles.length} articles, ${toBuild.length} built`,
    );
    const keptFiles = output ? [...kept].flatMap((slug) => (last?.articleFiles[slug] ?? []).map(output.keep)) : [];
    for (const slug of kept) articleFiles[slug] = last?.articleFiles[slug] ?? [];
    // Pages that list the same articles as at the last publish keep their files too (feed
    // archive pages hold every article: building them all again would cost every edit a
    // time that grows with the site).
    const pageKeys: Record<string, string> = {};
    const keptPages: KeptFile[] = [];
    const reuse = (files: readonly string[], slugs: readonly string[], also?: string) => {
      const key = pageKey(files, slugs, keys.data, also);
      const [first = ''] = files;
      pageKeys[first] = key;
      if (!output || last?.pageKeys?.[first] !== key || !files.every(output.has)) return false;
      keptPages.push(...files.map(output.keep));
      return true;
    };
    for (const [index, build] of builds.entries()) {
      const name = channels[index]?.name ?? 'Channel';
      await progress.phase(
        name,
        () => {
          let made = 0;
          for (const file of build.listingFiles({ memo, reuse })) {
            emit(file);
            made++;
          }
          return made;
        },
        (made) => (made === 1 ? '1 listing file' : `${made} listing files`),
      );
    }
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
      ...(kept.size > 0 ? [`${kept.size} articles`] : []),
      ...(keptPages.length > 0 ? [`${keptPages.length} listing files`] : []),
    ];
    const reusedNote = reused.length > 0 ? `, ${reused.join(' and ')} unchanged` : '';
    progress.done(`Published ${files} files${reusedNote} in ${formatDuration(performance.now() - start)}`);
    const result = { articles: data.index.articles.length, files };
    if (memory) {
      memory.digests = outputs;
      // The output this one replaced is kept beside it, as the spare for the next publish.
      const spareId = folderId(spareDir);
      const replaced = updating ? (last?.spareId === spareId ? last?.spare : undefined) : last?.outputs;
      memory.last = {
        digest: publishDigest(data.digest),
        outDir: options.outDir,
        ...result,
        ...(stamps ? { dataStamps: stamps } : {}),
        dataDigest: data.digest,
        articleKeys: keys.files,
        dataKeys: keys.data,
        articleFiles,
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
      ...(kept.size > 0 ? { keptArticles: kept.size } : {}),
      ...(keptPages.length > 0 ? { keptPages: keptPages.length } : {}),
    };
  } catch (error) {
    try {
      site?.abort();
    } catch {
      // The cause is what the user must see, not a failure to clean up after it.
    }
    throw error;
  }
}

/**
 * The last publish into `outDir`, when it was made from the data as it is now, by this
 * code: then there is nothing to do. Decided from the data files' stamps and the record,
 * without reading the data or taking the lock, so a command can say so at once.
 */
export function unchangedSite(options: { dataDir: string; outDir: string; cache: string }): PublishedSite | undefined {
  const last = readLastPublish(options.cache, options.outDir);
  if (!last || last.outputsId !== folderId(options.outDir)) return undefined;
  const known = stampedDigest(last, dataStamps(options.dataDir));
  if (known === undefined || last.digest !== publishDigest(known)) return undefined;
  return { articles: last.articles, files: last.files, unchanged: true };
}

/** The data's digest as the last publish read it, when its files' stamps are as they were then. */
function stampedDigest(last: LastPublish, stamps: string | undefined): string | undefined {
  return stamps !== undefined && last.dataStamps === stamps ? last.dataDigest : undefined;
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
  if (!memory.last) return;
  memory.parts?.save(memory.last.dataKeys);
  if (memory.dir) writeLastPublish(memory.dir, memory.last);
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

/** The articles whose own files' keys are as at the last publish, and whose files are there. */
function keptArticles(data: ContentData, keys: ArticleKeys, last: LastPublish | undefined, output: LastOutput | undefined): Set<string> {
  if (!last || !output) return new Set();
  const there = (slug: string) => (last.articleFiles[slug] ?? []).every(output.has) && last.articleFiles[slug] !== undefined;
  return new Set(
    data.index.articles.filter(({ slug }) => last.articleKeys[slug] === keys.files[slug] && there(slug)).map(({ slug }) => slug),
  );
}
