import type { Content } from '@kap/content-compiler/types';
import { type BuildFeedsOptions, buildFeedFiles } from '@kap/feed';
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
  /** Feed archive pages whose files the caller still has from an earlier build: see {@link BuildFeedsOptions}. */
  keepFeedPage?: BuildFeedsOptions['keepPage'];
  /**
   * Where each file goes as soon as it is made, so memory never holds them all (the feeds'
   * archive pages hold every article); the result is then empty. Unset, the result holds them.
   */
  emit?: (file: SiteFile) => void;
}

const count = (files: number) => (files === 1 ? '1 file' : `${files} files`);

/** Every file of all three channels, from one compiled content: web pages, feeds, text edition. */
export async function buildSite(content: Content, options: BuildSiteOptions = {}): Promise<SiteFile[]> {
  const progress = options.progress ?? silentProgress;
  const memo = options.memo ? { memo: options.memo } : {};
  const only = { ...(options.only ? { only: options.only } : {}), ...memo };
  const kept: SiteFile[] = [];
  const emit = options.emit ?? ((file: SiteFile) => void kept.push(file));
  const each = (files: Iterable<SiteFile>) => {
    let made = 0;
    for (const file of files) {
      emit(file);
      made++;
    }
    return made;
  };
  await progress.phase('Web pages', () => each(buildWeb(content, only)), count);
  const keepPage = options.keepFeedPage ? { keepPage: options.keepFeedPage } : {};
  await progress.phase('Feeds', () => each(buildFeedFiles(content, { ...memo, ...keepPage })), count);
  await progress.phase('Plain-text edition', () => each(buildText(content, only)), count);
  return kept;
}
