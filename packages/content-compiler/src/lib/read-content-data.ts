import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleBody } from '../types.js';
import { type ContentIndex, dataFiles, digestData, parseBodiesTable, parseJsonModule } from './content-data.js';
import { fileStamp } from './content-digests.js';

/** The package's data as a Node process reads it from its folder, without importing it. */
export interface ContentData {
  /** The metadata: everything but the bodies. */
  index: ContentIndex;
  /** Each published article's body module name (`<slug>.<revision>`): it changes exactly when the body does. */
  bodies: ReadonlyMap<string, string>;
  /** The folder read. */
  dir: string;
  /** A digest of the metadata and the table: it changes whenever any published data does. */
  digest: string;
}

/** The data folder is missing or was not written by this compiler. */
export class ContentDataError extends Error {
  override name = 'ContentDataError';
}

/**
 * Reads the data folder that {@link writeContentData} wrote: the metadata and the table
 * of bodies. Read from the files, not imported, so a long-lived process (the dev loop)
 * sees each new build.
 */
export function readContentData(dir: string): ContentData {
  try {
    const meta = readFileSync(join(dir, `${dataFiles.meta}.json`), 'utf8');
    const table = readFileSync(join(dir, `${dataFiles.bodies}.js`), 'utf8');
    const index = JSON.parse(meta) as ContentIndex;
    const bodies = parseBodiesTable(table);
    const missing = index.articles.find((article) => !bodies.has(article.slug));
    if (missing) throw new ContentDataError(`${dir}: the bodies table names no body for "${missing.slug}"`);
    return { index, bodies, dir, digest: digestData(meta, table) };
  } catch (error) {
    if (error instanceof ContentDataError) throw error;
    throw new ContentDataError(`${dir} holds no content data (${(error as Error).message}): build the content package first`);
  }
}

/** One article's body from a data folder, by its module name in {@link ContentData.bodies}. */
export function readArticleBody(dir: string, moduleName: string): ArticleBody {
  return parseJsonModule(readFileSync(join(dir, dataFiles.bodiesFolder, `${moduleName}.js`), 'utf8')) as ArticleBody;
}

/**
 * The size, times and inode of each file that names the data (the metadata, the tables and
 * the slugs' types): any write to one changes them. Undefined when one is missing.
 */
export function dataStamps(dir: string): string | undefined {
  const names = [`${dataFiles.meta}.json`, `${dataFiles.bodies}.js`, `${dataFiles.bodies}.cjs`, `${dataFiles.slugs}.d.ts`];
  const stamps = names.map((name) => fileStamp(join(dir, name)));
  return stamps.every((stamp) => stamp !== undefined) ? stamps.join('\n') : undefined;
}
