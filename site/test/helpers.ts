import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildContentData } from '@kap/content-compiler';
import type { Content } from '@kap/content-compiler/types';
import { type PublishedSite, type PublishSiteOptions, publishSite } from '@kap/publish';
import { createPartsMemo } from '@kap/render';
import type { SiteFile } from '@kap/site-files';
import site from '../src/site.js';

export const repoRoot = join(import.meta.dirname, '..', '..');
export const realContent = join(repoRoot, 'content');
/** The day the real content is judged against, so the tests do not age. */
export const today = new Date('2026-11-22T12:00:00Z');

/** A fresh folder under the system's temporary folder. */
export const tempDir = (prefix: string) => mkdtempSync(join(tmpdir(), `kap-${prefix}-`));

/** Every file of a folder, by relative POSIX path, with its bytes as text. */
export function readTree(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
  return new Map(
    files.sort().map((path) => [
      path
        .slice(dir.length + 1)
        .split('\\')
        .join('/'),
      readFileSync(path, 'utf8'),
    ]),
  );
}

/** The site's channels, as the publisher's CLIs load them. */
export const siteModule = pathToFileURL(join(repoRoot, 'site', 'src', 'site.js')).href;
export const { channels } = site;

/** Options for {@link publishContent}. */
export interface PublishContentOptions extends Omit<PublishSiteOptions, 'dataDir' | 'channels' | 'cache'> {
  contentDir: string;
  now?: Date;
  /** A folder for both caches (the content build's and the publisher's), and the data. Without it, a fresh one. */
  cache?: string;
}

/**
 * What `npm run build` does, in this process: builds the content package's data from
 * `contentDir` (into the cache folder, not the real package), then publishes the site from it.
 */
export async function publishContent(options: PublishContentOptions): Promise<PublishedSite> {
  const { contentDir, now = today, cache, ...publish } = options;
  const folder = cache ?? tempDir('publish-cache');
  const dataDir = join(folder, 'data');
  await buildContentData({ contentDir, outDir: dataDir, now, cache: join(folder, 'content') });
  return publishSite({ ...publish, dataDir, channels, siteModule, cache: join(folder, 'publish') });
}

/**
 * Every file of every channel from a whole compiled content, made in one go with nothing
 * kept: what a publish must give, however much of it was kept or made apart.
 */
export function siteFiles(content: Content): Map<string, SiteFile> {
  const files = new Map<string, SiteFile>();
  const memo = createPartsMemo();
  for (const channel of channels) {
    const build = channel.start(content);
    for (const article of content.articles)
      for (const file of build.articleFiles(article, content.getBody(article.slug)).files) files.set(file.path, file);
    for (const file of build.listingFiles({ memo, reuse: () => false })) files.set(file.path, file);
  }
  return files;
}
