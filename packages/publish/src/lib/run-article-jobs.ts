import { Worker } from 'node:worker_threads';
import type { ArticleCache, ArticleSummary } from '@kap/content-compiler';
import type { SiteFile, SiteWriter } from '@kap/site-files';
import { type ArticleJob, type JobContext, type KeepParts, runArticleJob } from './article-job.js';

/** What a worker thread is given. */
export interface WorkerData {
  jobs: ArticleJob[];
  context: JobContext;
  /** The new output's folder, which the worker writes articles' files into. */
  outDir: string;
  /** The folder holds an earlier output: replace files, never write into them. */
  reusing: boolean;
  /** The cache folder, which the worker writes compiled bodies into. */
  cacheDir: string | undefined;
}

/** A batch of a worker's results: the articles it did since the last, and their files. */
export interface WorkerMessage {
  summaries: (readonly [string, ArticleSummary])[];
  /** Each file's path and digest. */
  files: [string, string][];
  /** Each built article's pieces of the listings, by slug. */
  parts: [string, Record<string, string>][];
  /** The worker has finished. */
  last: boolean;
}

/** Options for {@link runArticleJobs}. */
export interface RunArticleJobsOptions {
  cache: ArticleCache;
  /** Where files go on this thread. */
  emit: (file: SiteFile) => void;
  /** Where each built article's pieces of the listings go, from this thread and the workers. */
  keep: KeepParts;
  /** The new output, which worker threads write into; without one, every job runs on this thread. */
  site?: SiteWriter;
  workers: number;
  /** Fewer jobs than this for each worker run on this thread: a worker costs a start-up. */
  minPerWorker: number;
  /** The old-generation heap of each worker thread, in MiB. */
  workerHeapMb: number;
  onProgress: (done: number, total: number) => void;
}

const workerUrl = new URL('./article-worker.mjs', import.meta.url);

/**
 * Runs every article job, across worker threads when there are enough of them, and
 * keeps each compiled summary in the cache. Files built on a worker are written straight
 * into the new output and recorded; files built here go to `emit`. Returns how many
 * files workers wrote.
 */
export async function runArticleJobs(jobs: readonly ArticleJob[], context: JobContext, options: RunArticleJobsOptions): Promise<number> {
  const { cache, site } = options;
  let done = 0;
  const progress = (count: number) => {
    done += count;
    options.onProgress(done, jobs.length);
  };
  const workers = Math.min(options.workers, Math.floor(jobs.length / options.minPerWorker));
  const here = (share: readonly ArticleJob[]) => {
    for (const job of share) {
      cache.set(job.key, runArticleJob(job, context, cache, options.emit, options.keep));
      progress(1);
    }
  };
  if (workers < 2 || !site) {
    here(jobs);
    return 0;
  }
  // Interleaved shares: articles next to each other are of a size, so each worker gets a like load.
  const shares = Array.from({ length: workers }, (_, index) => jobs.filter((_, job) => job % workers === index));
  const data = { context, outDir: site.dir, reusing: site.reusing, cacheDir: cache.dir };
  let written = 0;
  await Promise.all(
    shares.map(async (share) => {
      let taken = 0;
      try {
        await runWorker({ ...data, jobs: share }, options.workerHeapMb, (batch) => {
          for (const [key, summary] of batch.summaries) cache.set(key, summary);
          for (const [path, digest] of batch.files) site.record(path, digest);
          for (const [slug, parts] of batch.parts) options.keep(slug, parts);
          written += batch.files.length;
          taken += batch.summaries.length;
          progress(batch.summaries.length);
        });
      } catch (error) {
        // An article too big for a worker's heap: the rest of its share is done here, without the limit.
        if ((error as NodeJS.ErrnoException).code !== 'ERR_WORKER_OUT_OF_MEMORY') throw error;
        here(share.slice(taken));
      }
    }),
  );
  return written;
}

// A worker's heap is limited: left to itself, V8 lets it grow with garbage from parsing
// to several hundred MiB, which two workers and the main thread then hold at once.
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
