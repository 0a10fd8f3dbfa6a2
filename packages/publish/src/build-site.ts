import type { Content } from '@kap/content-compiler/types';
import { buildFeeds } from '@kap/feed';
import type { PartsMemo } from '@kap/render';
import type { SiteFile } from '@kap/site-files';
import { buildText } from '@kap/text';
import { buildWeb } from '@kap/web';
import { type Progress, silentProgress } from './lib/progress.js';

/** Options for {@link buildSite}. */
export interface BuildSiteOptions {
  progress?: Progress;
  /** Build the files of these articles only; everything that lists articles is built in full. */
  only?: ReadonlySet<string>;
  /** Articles' pieces of the pages that list them (list items, index entries, feed items), from earlier builds. */
  memo?: PartsMemo;
}

const count = (files: readonly SiteFile[]) => (files.length === 1 ? '1 file' : `${files.length} files`);

/** Every file of all three channels, from one compiled content: web pages, feeds, text edition. */
export async function buildSite(content: Content, options: BuildSiteOptions = {}): Promise<SiteFile[]> {
  const progress = options.progress ?? silentProgress;
  const memo = options.memo ? { memo: options.memo } : {};
  const only = { ...(options.only ? { only: options.only } : {}), ...memo };
  const web = await progress.phase('Web pages', () => buildWeb(content, only), count);
  const feeds = await progress.phase('Feeds', () => buildFeeds(content, memo), count);
  const text = await progress.phase('Plain-text edition', () => buildText(content, only), count);
  return [...web, ...feeds, ...text];
}
