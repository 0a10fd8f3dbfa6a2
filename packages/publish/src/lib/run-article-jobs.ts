import { Worker } from 'node:worker_threads';
import type { ContentData } from '@kap/content-compiler/data';
import type { ArticleMeta } from '@kap/content-compiler/types';
import type { SiteFile, SiteWriter } from '@kap/site-files';
import type { ChannelBuild } from '../channel.js';
import { type KeepParts, runArticleJob } from './article-job.js';

/** What a worker thread is given. */
export interface WorkerData {
  slugs: string[];
  dataDir: string;
  /** The data's digest when the publish began: a worker that reads other data stops. */
  dataDigest: string;
  /** The URL of the module whose default export is the site's config: the worker imports its channels. */
  siteModule: string;
  /** The new output's folder, which the worker writes articles' files into. */
  outDir: string;
  /** The folder holds an earlier output: replace files, never write into them. */
  reusing: boolean;
}

/** A batch of a worker's results. */
export interface WorkerMessage {
  /** Each article built since the last batch, with its files' paths and digests. */
  articles: [string, [string, string][]][];
  /** Each built article's pieces of the listings, by slug. */
  parts: [string, Record<string, string>][];
  /** The worker has finished. */
  last: boolean;
}

/** Options for {@link runArticleJobs}. */
export interface RunArticleJobsOptions {
  data: ContentData;
  builds: readonly ChannelBuild[];
  /** Where files go on this thread. */
  emit: (file: SiteFile) => void;
  /** Where each built article's pieces of the listings go, from this thread and the workers. */
  keep: KeepParts;
  /** Each built article's files, by slug. */
  built: (slug: string, paths: string[]) => void;
  /** For worker threads: the new output, which they write into, and the site module they import. */
  threads?: { site: SiteWriter; siteModule: string; workers: number; minPerWorker: number; heapMb: number };
  onProgress: (done: number, total: number) => void;
}

const workerUrl = new URL('./article-worker.js', import.meta.url);

/**
 * Builds the own files of every article given, across worker threads when there are
 * enough of them. Files built on a worker are written straight into the new output and
 * recorded there; files built here go to `emit`.
 */
export async function runArticleJobs(articles: readonly ArticleMeta[], options: RunArticleJobsOptions): Promise<void> {
  let done = 0;
  const progress = (count: number) => {
    done += count;
    options.onProgress(done, articles.length);
  };
  const threads = options.threads;
  const workers = threads ? Math.min(threads.workers, Math.floor(articles.length / threads.minPerWorker)) : 0;
  const here = (share: readonly ArticleMeta[]) => {
    for (const article of share) {
      options.built(article.slug, runArticleJob(article, options.data, options.builds, options.emit, options.keep));
      progress(1);
    }
  };
  if (!threads || workers < 2) {
    here(articles);
    return;
  }
  // Interleaved shares: articles next to each other are of a size, so each thread gets a like
  // load. This thread takes the first: it would only wait otherwise, and one isolate fewer
  // is one heap fewer.
  const [own = [], ...shares] = Array.from({ length: workers }, (_, index) => articles.filter((_, job) => job % workers === index));
  const ownShare = async () => {
    for (let start = 0; start < own.length; start += 25) {
      here(own.slice(start, start + 25));
      // The workers' batches are taken in between, so they never queue up.
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  const { site, siteModule } = threads;
  const base: Omit<WorkerData, 'slugs'> = {
    dataDir: options.data.dir,
    dataDigest: options.data.digest,
    siteModule,
    outDir: site.dir,
    reusing: site.reusing,
  };
  await Promise.all([
    ownShare(),
    ...shares.map(async (share) => {
      let taken = 0;
      try {
        await runWorker({ ...base, slugs: share.map((article) => article.slug) }, threads.heapMb, (batch) => {
          for (const [slug, files] of batch.articles) {
            for (const [path, digest] of files) site.record(path, digest);
            options.built(
              slug,
              files.map(([path]) => path),
            );
          }
          for (const [slug, parts] of batch.parts) options.keep(slug, parts);
          taken += batch.articles.length;
          progress(batch.articles.length);
        });
      } catch (error) {
        // An article too big for a worker's heap: the rest of its share is done here, without the limit.
        if ((error as NodeJS.ErrnoException).code !== 'ERR_WORKER_OUT_OF_MEMORY') throw error;
        here(share.slice(taken));
      }
    }),
  ]);
}

// A worker's heap is limited: left to itself, V8 lets it grow with the garbage of
// rendering to several hundred MiB, which two workers and the main thread then hold at once.
function runWorker(data: WorkerData, heapMb: number, onBatch: (batch: WorkerMessage) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerUrl, { workerData: data, resourceLimits: { maxOldGenerationSizeMb: heapMb } });
    worker.on('message', (batch: WorkerMessage) => {
      onBatch(batch);
      if (!batch.last) return;
      resolve();
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`An article worker stopped with code ${code} before it finished`)));
  });
}
