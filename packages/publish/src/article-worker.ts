// A worker thread of runArticleJobs: imports the site's channels, builds its share of the
// articles' own files straight into the new output, and posts back, in batches, only the
// files' paths and digests and the articles' pieces of the listings.
import { parentPort, workerData } from 'node:worker_threads';
import { readContentData } from '@kap/content-compiler/data';
import { digestContents, writeSiteFile } from '@kap/site-files';
import type { SiteConfig } from './channel.js';
import { contentOf, runArticleJob, startChannels } from './lib/article-job.js';
import type { WorkerData, WorkerMessage } from './lib/run-article-jobs.js';

const { slugs, dataDir, dataDigest, siteModule, outDir, reusing } = workerData as WorkerData;
const site = (await import(siteModule)) as { default: SiteConfig };
const data = readContentData(dataDir);
// The content package was built again since this publish began: its files would mix two builds.
if (data.digest !== dataDigest) throw new Error(`The content data in ${dataDir} changed during the publish: publish again`);
const builds = startChannels(site.default.channels, contentOf(data));
const bySlug = new Map(data.index.articles.map((article) => [article.slug, article]));
const folders = new Set<string>();
// Results go back in batches, so a worker holds no more than one batch of them.
let message: WorkerMessage = { articles: [], parts: [], last: false };
// The current article's files, each path with its digest.
let files: [string, string][] = [];
const emit = (file: { path: string; contents: string }) => {
  writeSiteFile(outDir, file, reusing, folders);
  files.push([file.path, digestContents(file.contents)]);
};
const keep = (slug: string, pieces: Record<string, string>) => void message.parts.push([slug, pieces]);
for (const slug of slugs) {
  const article = bySlug.get(slug);
  if (!article) throw new Error(`No published article "${slug}" in ${dataDir}`);
  runArticleJob(article, data, builds, emit, keep);
  message.articles.push([slug, files]);
  files = [];
  if (message.articles.length === 25) {
    parentPort?.postMessage(message);
    message = { articles: [], parts: [], last: false };
  }
}
parentPort?.postMessage({ ...message, last: true });
