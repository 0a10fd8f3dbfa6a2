import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { ArticleCache } from './article-cache.js';
import { type ArticleContext, type ArticleSummary, compileArticle } from './compile-article.js';

/** One article file to compile, and the key its result is kept under. */
export interface CompileJob {
  path: string;
  file: string;
  key: string;
}

/** What a compile worker thread is given. */
export interface CompileWorkerData {
  jobs: CompileJob[];
  context: ArticleContext;
  /** The cache folder, which the worker writes compiled bodies into. */
  cacheDir: string;
}

/** A batch of a worker's results: the summaries of the articles it compiled since the last. */
export interface CompileWorkerMessage {
  summaries: [string, ArticleSummary][];
  last: boolean;
}

/** Options for {@link compileArticles}. */
export interface CompileArticlesOptions {
  /** Worker threads to use when there are many articles. Defaults to 1: all on this thread. */
  workers?: number;
  /** Fewer articles than this for each worker are compiled on this thread: a worker costs a start-up. Defaults to 200. */
  minPerWorker?: number;
  /** The old-generation heap of each worker, in MiB: an article that needs more is compiled here. Defaults to 128. */
  workerHeapMb?: number;
  onProgress?: (done: number, total: number) => void;
}

const workerUrl = new URL('./compile-worker.js', import.meta.url);

/**
 * Compiles every job into the cache, across worker threads when there are enough jobs
 * and the cache is a folder (workers write bodies there; only summaries come back).
 */
export async function compileArticles(
  jobs: readonly CompileJob[],
  context: ArticleContext,
  cache: ArticleCache,
  options: CompileArticlesOptions = {},
): Promise<void> {
  let done = 0;
  const progress = (count: number) => {
    done += count;
    options.onProgress?.(done, jobs.length);
  };
  const here = (share: readonly CompileJob[]) => {
    for (const job of share) {
      cache.set(job.key, compileArticle(job.file, readFileSync(job.path), context));
      progress(1);
    }
  };
  const workers = Math.min(options.workers ?? 1, Math.floor(jobs.length / (options.minPerWorker ?? 200)));
  const cacheDir = cache.dir;
  if (workers < 2 || !cacheDir) {
    here(jobs);
    return;
  }
  // Interleaved shares: articles next to each other are of a size, so each worker gets a like load.
  const shares = Array.from({ length: workers }, (_, index) => jobs.filter((_, job) => job % workers === index));
  await Promise.all(
    shares.map(async (share) => {
      let taken = 0;
      try {
        await runWorker({ jobs: share, context, cacheDir }, options.workerHeapMb ?? 128, (batch) => {
          for (const [key, summary] of batch.summaries) cache.set(key, summary);
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
}

// A worker's heap is limited: left to itself, V8 lets it grow with garbage from parsing
// to several hundred MiB, which two workers and the main thread then hold at once.
function runWorker(data: CompileWorkerData, heapMb: number, onBatch: (batch: CompileWorkerMessage) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerUrl, { workerData: data, resourceLimits: { maxOldGenerationSizeMb: heapMb } });
    worker.on('message', (batch: CompileWorkerMessage) => {
      onBatch(batch);
      if (!batch.last) return;
      resolve();
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`A compile worker stopped with code ${code} before it finished`)));
  });
}
