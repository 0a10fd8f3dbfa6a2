// A worker thread of compileArticles: compiles its share of the articles, writes each body
// into the cache folder, and posts back only the summaries, in batches.
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { writeBodyEntry } from './lib/article-cache.js';
import { compileArticle, summarize } from './lib/compile-article.js';
import type { CompileWorkerData, CompileWorkerMessage } from './lib/compile-articles.js';

const { jobs, context, cacheDir } = workerData as CompileWorkerData;
let summaries: CompileWorkerMessage['summaries'] = [];
const batch = (last: boolean) => {
  parentPort?.postMessage({ summaries, last } satisfies CompileWorkerMessage);
  summaries = [];
};
for (const job of jobs) {
  const compiled = compileArticle(job.file, readFileSync(job.path), context);
  if (compiled.article) writeBodyEntry(cacheDir, job.key, compiled.article.body);
  summaries.push([job.key, summarize(compiled)]);
  if (summaries.length === 25) batch(false);
}
batch(true);
