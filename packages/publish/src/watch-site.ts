import { type BuiltContentData, buildContentData, type ContentMemory, createContentMemory } from '@kap/content-compiler/data';
import { watchFolder } from './lib/watch-folder.js';
import { createPublishMemory, type PublishedSite, type PublishSiteOptions, publishSite, savePublishMemory } from './publish-site.js';
import { recoverLastSite } from './recover-last-site.js';

const saveAfterMs = 1000;

/** Options for {@link watchSite}. */
export interface WatchSiteOptions extends Omit<PublishSiteOptions, 'cache' | 'data' | 'inPlace' | 'deferSave'> {
  /** The content folder to watch and build the data from. */
  contentDir: string;
  /** The content build's cache folder, shared with the package's build. */
  contentCache?: string;
  /** The publisher's cache folder. */
  publishCache?: string;
  /** Judge publication and review dates against this day. Defaults to now. */
  now?: Date;
  /** After each successful publish, with the content build's result and how long both took. */
  onPublish?: (site: PublishedSite, content: BuiltContentData, ms: number) => void;
  /** After a failed build or publish; the last good site stays in place. */
  onError?: (error: unknown) => void;
  /** Waits this long after a change for more changes, as editors save in several writes. */
  debounceMs?: number;
}

/**
 * Builds the content data and publishes once, then again whenever a file under the
 * content folder changes: the same build of the content package and the same publish as
 * `npm run build`, kept warm in one process, updating the site in place. A failure is
 * reported and leaves the last good data and site in place and served.
 */
export function watchSite(options: WatchSiteOptions): { close: () => Promise<void>; ready: Promise<void> } {
  const { onPublish, onError, debounceMs = 25, contentDir, contentCache, publishCache, now, ...publish } = options;
  // Kept for the life of the watcher: a save compiles and rebuilds only what it changed.
  const content: ContentMemory = createContentMemory(contentCache);
  const memory = createPublishMemory(publishCache, publish.outDir);
  let timer: NodeJS.Timeout | undefined;
  // The cache folders are written when edits pause, not between a save and the site showing it.
  let saveTimer: NodeJS.Timeout | undefined;
  const save = () => {
    clearTimeout(saveTimer);
    content.articles.save?.();
    savePublishMemory(memory);
  };
  // One build at a time: a change during a build starts another when it ends.
  let running: Promise<void> = Promise.resolve();
  const run = () => {
    running = running.then(async () => {
      const start = performance.now();
      try {
        const built = await buildContentData({
          contentDir,
          outDir: publish.dataDir,
          cache: content,
          deferSave: true,
          ...(now ? { now } : {}),
        });
        const site = await publishSite({
          ...publish,
          ...(built.data ? { data: built.data } : {}),
          cache: memory,
          inPlace: true,
          deferSave: true,
        });
        onPublish?.(site, built, performance.now() - start);
      } catch (error) {
        onError?.(error);
      }
      clearTimeout(saveTimer);
      saveTimer = setTimeout(save, saveAfterMs);
    });
    return running;
  };
  // A publish killed mid-swap left the last good site beside its place: back first, so it
  // is served even when the first build meets a content error.
  const ready = recoverLastSite(publish.outDir).then(run, (error: unknown) => onError?.(error));
  const watcher = watchFolder(contentDir, () => {
    clearTimeout(timer);
    timer = setTimeout(run, debounceMs);
  });
  return {
    ready,
    close() {
      clearTimeout(timer);
      watcher.close();
      // After the build under way, if any: it holds the site's lock until it ends.
      return running.then(save);
    },
  };
}
