// Runs the article jobs it is given, writing each article's files into the new output
// and each compiled body into the cache folder, and posts back, in batches, only the
// summaries, the digests of the files and the articles' pieces of the feeds.
import { parentPort, workerData } from 'node:worker_threads';
import { type ArticleSummary, type BodyStore, readBodyEntry, writeBodyEntry } from '@kap/content-compiler';
import { digestContents, writeSiteFile } from '@kap/site-files';
import { runArticleJob } from './article-job.js';
import type { WorkerData, WorkerMessage } from './run-article-jobs.js';

const { jobs, context, outDir, reusing, cacheDir } = workerData as WorkerData;
const post = (message: WorkerMessage) => parentPort?.postMessage(message);
const store: BodyStore = {
  getBody: (key) => (cacheDir ? readBodyEntry(cacheDir, key) : undefined),
  set(key, compiled) {
    if (cacheDir && compiled.article && 'body' in compiled.article) writeBodyEntry(cacheDir, key, compiled.article.body);
  },
};
const folders = new Set<string>();
// Results go back in batches, so a worker holds no more than one batch of them.
let files: [string, string][] = [];
let summaries: (readonly [string, ArticleSummary])[] = [];
let parts: [string, Record<string, string>][] = [];
const emit = (file: { path: string; contents: string }) => {
  writeSiteFile(outDir, file, reusing, folders);
  files.push([file.path, digestContents(file.contents)]);
};
const keep = (slug: string, pieces: Record<string, string>) => void parts.push([slug, pieces]);
const batch = (last: boolean) => {
  post({ summaries, files, parts, last });
  summaries = [];
  files = [];
  parts = [];
};
for (const job of jobs) {
  summaries.push([job.key, runArticleJob(job, context, store, emit, keep)]);
  if (summaries.length === 25) batch(false);
}
batch(true);
