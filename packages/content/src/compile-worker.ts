// A worker thread of compileContentParallel: compiles the articles it is given and posts
// back each result with its cache key.
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import type { ArticleContext } from './lib/compile-article.js';
import { compileArticle } from './lib/compile-article.js';

interface Job {
  key: string;
  file: string;
  path: string;
}

const { jobs, context } = workerData as { jobs: Job[]; context: ArticleContext };
parentPort?.postMessage(jobs.map((job) => [job.key, compileArticle(job.file, readFileSync(job.path), context)]));
