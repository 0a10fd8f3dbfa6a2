import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { join, relative, sep } from 'node:path';
import { type ArticleCache, diskCache, memoryCache, readChecked, writeChecked } from './lib/article-cache.js';
import type { ContentSettings } from './lib/compile-content.js';
import { compilerVersion } from './lib/compiler-version.js';
import { digestContentFiles, type FileStamps } from './lib/content-digests.js';
import type { Problem } from './lib/problems.js';
import { type ContentData, dataStamps } from './lib/read-content-data.js';
import type { WriteContentDataOptions } from './lib/write-content-data.js';

/** Options for {@link buildContentData}. */
export interface BuildContentDataOptions {
  /** The content folder. */
  contentDir: string;
  /** The package's data folder. */
  outDir: string;
  /** Judge publication and review dates against this day. Defaults to now. */
  now?: Date;
  /**
   * What earlier builds compiled: a folder kept between processes, or the memory of a
   * process that builds again and again (the dev loop). Without it, everything is compiled.
   */
  cache?: string | ContentMemory;
  /** Worker threads for many articles to compile. Defaults to the number of cores, at most 4. */
  workers?: number;
  /** Fewer articles than this for each worker are compiled on the main thread. Defaults to 200. */
  minPerWorker?: number;
  /** The old-generation heap of each worker, in MiB, which bounds a cold build's memory. Defaults to 128. */
  workerHeapMb?: number;
  onProgress?: (done: number, total: number) => void;
  /** Leave saving the cache folder's manifest to the caller (`memory.articles.save()`): the dev loop does it when edits pause. */
  deferSave?: boolean;
}

/** What a long-lived process keeps between builds, and, with a cache folder, the next process too. */
export interface ContentMemory {
  articles: ArticleCache;
  /** The cache folder, which also keeps the file stamps for the next process. */
  dir?: string;
  /** Content files it need not read again while their size and times are unchanged. */
  stamps: FileStamps;
  /** The settings as last read, with the digest of the files they came from. */
  settings?: { digest: string; value: ContentSettings };
  /** Each article's metadata as JSON, by revision: see {@link WriteContentDataOptions.metaJson}. */
  metaJson?: Map<string, string>;
}

/** A memory for {@link buildContentData}: in this process alone, or also in a cache folder. */
export function createContentMemory(dir?: string): ContentMemory {
  if (!dir) return { articles: memoryCache(), stamps: new Map(), metaJson: new Map() };
  // Like git's index: a file whose size, times and inode are as they were is not read again.
  const kept = readChecked(join(dir, stampsName)) as Record<string, { stamp: string; digest: string }> | undefined;
  const stamps: FileStamps = new Map(typeof kept === 'object' && kept !== null ? Object.entries(kept) : []);
  return { articles: diskCache(dir), dir, stamps, metaJson: new Map() };
}

const stampsName = 'stamps.json';

/** What a build of the data did. */
export interface BuiltContentData {
  /** Published articles. */
  articles: number;
  /** Articles compiled, not found in the cache. */
  compiled: number;
  /** Body modules written. */
  written: number;
  /** Nothing the data is made from had changed since the last build: nothing was read or written. */
  unchanged: boolean;
  warnings: Problem[];
  /** The data as written, when this build wrote it: what a reader of the folder would read. */
  data?: ContentData;
}

const stampName = 'data-stamp.json';

/**
 * Compiles the content folder into the package's data, incrementally: an article is
 * compiled only when its file or what it is checked against changed, across worker threads
 * when there are many, and only changed bodies are written. A content error throws
 * ContentProblemsError, holding every problem, and leaves the data as it was.
 */
export async function buildContentData(options: BuildContentDataOptions): Promise<BuiltContentData> {
  const memory = typeof options.cache === 'string' ? createContentMemory(options.cache) : options.cache;
  const cacheDir = memory?.articles.dir;
  const now = options.now ?? new Date();
  const fileDigests = digestContentFiles(options.contentDir, memory?.stamps);
  if (memory?.dir) writeChecked(join(memory.dir, stampsName), JSON.stringify(Object.fromEntries(memory.stamps)));
  const digest = buildDigest(options, now, fileDigests);
  // The data as the last build left it, and nothing it is made from changed: done.
  const stamp = cacheDir ? (readChecked(join(cacheDir, stampName)) as DataStamp | undefined) : undefined;
  if (stamp?.digest === digest && stamp.outDir === options.outDir && stamp.files && dataStamps(options.outDir) === stamp.files) {
    return { articles: stamp.articles, compiled: 0, written: 0, unchanged: true, warnings: stamp.warnings };
  }
  // The parsers load only when there is something to compile or check.
  const [{ compileArticles }, { assembleContent, listArticleSources, readContentSettings }, { writeContentData }] = await Promise.all([
    import('./lib/compile-articles.js'),
    import('./lib/compile-content.js'),
    import('./lib/write-content-data.js'),
  ]);
  const cache = memory?.articles ?? memoryCache();
  const settings = contentSettings(options.contentDir, fileDigests, memory, readContentSettings);
  const sources = listArticleSources(settings, fileDigests);
  const missing = sources.filter((source) => !cache.get(source.key));
  try {
    await compileArticles(missing, settings.context, cache, {
      workers: options.workers ?? Math.min(availableParallelism(), 4),
      ...(options.minPerWorker ? { minPerWorker: options.minPerWorker } : {}),
      ...(options.workerHeapMb ? { workerHeapMb: options.workerHeapMb } : {}),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    });
    const entries = sources.flatMap((source) => {
      const summary = cache.get(source.key);
      return summary ? [{ source, summary }] : [];
    });
    const { content, warnings, revisions } = assembleContent(settings, entries, { now, cache });
    const { data, ...written } = writeContentData(content, options.outDir, {
      revisions,
      ...(memory?.metaJson ? { metaJson: memory.metaJson } : {}),
    });
    if (cacheDir) {
      const next: DataStamp = {
        digest,
        outDir: options.outDir,
        files: dataStamps(options.outDir),
        articles: content.articles.length,
        warnings,
      };
      writeChecked(join(cacheDir, stampName), JSON.stringify(next));
    }
    return { articles: content.articles.length, compiled: missing.length, written: written.bodies, unchanged: false, warnings, data };
  } finally {
    // What was compiled spares the next build work, even when this one found problems.
    if (!options.deferSave) cache.save?.();
  }
}

/** The record of the last build with a cache folder. */
interface DataStamp {
  digest: string;
  outDir: string;
  /** The stamps of the metadata and the tables the build wrote: data changed by anything else is built again. */
  files: string | undefined;
  articles: number;
  warnings: Problem[];
}

/** A digest of everything a build reads: every content file, the compiler, the day and the base address. */
function buildDigest(options: BuildContentDataOptions, now: Date, fileDigests: ReadonlyMap<string, string>): string {
  const hash = createHash('sha256')
    .update(compilerVersion)
    .update('\0')
    .update(now.toISOString().slice(0, 10))
    .update('\0')
    .update(process.env.SITE_URL ?? '');
  for (const [path, digest] of fileDigests) hash.update('\0').update(relative(options.contentDir, path)).update('\0').update(digest);
  return hash.digest('hex');
}

/** The settings, notices and pages: read again only when one of their files changed. */
function contentSettings(
  contentDir: string,
  fileDigests: ReadonlyMap<string, string>,
  memory: ContentMemory | undefined,
  readContentSettings: (contentDir: string) => ContentSettings,
): ContentSettings {
  const articles = join(contentDir, 'articles', sep);
  const hash = createHash('sha256').update(process.env.SITE_URL ?? '');
  for (const [path, digest] of fileDigests) if (!path.startsWith(articles)) hash.update(`\0${path}\0${digest}`);
  const digest = hash.digest('hex');
  if (memory?.settings?.digest === digest) return memory.settings.value;
  const value = readContentSettings(contentDir);
  if (memory) memory.settings = { digest, value };
  return value;
}
