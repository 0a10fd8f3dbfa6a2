import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Content } from '../types.js';
import { bodiesFolder, type ContentIndex, indexFile } from './content-data.js';

/**
 * Writes content as the package ships it: one index of metadata and one JSON file per
 * article body. The folder is written beside `outDir` and swapped in whole, so a reader
 * never sees half of a build.
 */
export function writeContentData(content: Content, outDir: string): void {
  const next = `${outDir}.next`;
  const previous = `${outDir}.previous`;
  rmSync(next, { recursive: true, force: true });
  mkdirSync(join(next, bodiesFolder), { recursive: true });
  const index: ContentIndex = {
    site: content.site,
    glossary: content.glossary,
    topics: content.topics,
    notices: content.notices,
    pages: content.pages,
    articles: content.articles,
  };
  writeFileSync(join(next, indexFile), JSON.stringify(index));
  for (const article of content.articles) {
    writeFileSync(join(next, bodiesFolder, `${article.slug}.json`), JSON.stringify(content.getBody(article.slug)));
  }
  mkdirSync(dirname(outDir), { recursive: true });
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(outDir)) renameSync(outDir, previous);
  renameSync(next, outDir);
  rmSync(previous, { recursive: true, force: true });
}
