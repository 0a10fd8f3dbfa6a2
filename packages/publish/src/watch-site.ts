import { watchFolder } from './lib/watch-folder.js';
import { createPublishMemory, type PublishedSite, type PublishSiteOptions, publishSite, savePublishMemory } from './publish-site.js';

const saveAfterMs = 1000;

/** Options for {@link watchSite}. */
export interface WatchSiteOptions extends PublishSiteOptions {
  /** After each successful publish, with how long it took. */
  onPublish?: (site: PublishedSite, ms: number) => void;
  /** After a failed publish; the last good site stays in place. */
  onError?: (error: unknown) => void;
  /** Waits this long after a change for more changes, as editors save in several writes. */
  debounceMs?: number;
}

/**
 * Publishes once, then again whenever a file under the content folder changes. A
 * failed publish is reported and leaves the last good site in place and served.
 */
export function watchSite(options: WatchSiteOptions): { close: () => void; ready: Promise<void> } {
  const { onPublish, onError, debounceMs = 25, ...publish } = options;
  // Kept for the life of the watcher: a save re-parses and rebuilds only what it changed.
  const cache =
    typeof publish.cache === 'string' ? createPublishMemory(publish.cache, publish.outDir) : (publish.cache ?? createPublishMemory());
  cache.stamps ??= new Map();
  let timer: NodeJS.Timeout | undefined;
  // The cache folder is written when edits pause, not between a save and the site showing it.
  let saveTimer: NodeJS.Timeout | undefined;
  const save = () => {
    clearTimeout(saveTimer);
    savePublishMemory(cache);
  };
  // One publish at a time: a change during a publish starts another when it ends.
  let running: Promise<void> = Promise.resolve();
  const run = () => {
    running = running.then(async () => {
      const start = performance.now();
      try {
        onPublish?.(await publishSite({ ...publish, cache, inPlace: true, deferSave: true }), performance.now() - start);
      } catch (error) {
        onError?.(error);
      }
      clearTimeout(saveTimer);
      saveTimer = setTimeout(save, saveAfterMs);
    });
    return running;
  };
  const ready = run();
  const watcher = watchFolder(options.contentDir, () => {
    clearTimeout(timer);
    timer = setTimeout(run, debounceMs);
  });
  return {
    ready,
    close() {
      clearTimeout(timer);
      watcher.close();
      void running.then(save);
    },
  };
}
