import { type FSWatcher, readdirSync, watch } from 'node:fs';
import { join } from 'node:path';

/**
 * Calls `onChange` whenever anything under `root` changes, including files replaced by a
 * rename, as editors and git save them. Each folder gets a watcher of its own: Node 20's
 * recursive watcher on Linux stops reporting a file once it has been replaced that way.
 */
export function watchFolder(root: string, onChange: () => void): { close: () => void } {
  const watchers = new Map<string, FSWatcher>();
  const sync = () => {
    const folders = new Set([root, ...folderTree(root)]);
    for (const [folder, watcher] of watchers) {
      if (folders.has(folder)) continue;
      watcher.close();
      watchers.delete(folder);
    }
    for (const folder of folders) {
      if (watchers.has(folder)) continue;
      try {
        const watcher = watch(folder, () => {
          // A folder may have been added or removed: watch what is there now.
          sync();
          onChange();
        });
        watcher.on('error', () => watcher.close());
        watchers.set(folder, watcher);
      } catch {
        // The folder went away between listing and watching it; the next sync drops it.
      }
    }
  };
  sync();
  return {
    close() {
      for (const watcher of watchers.values()) watcher.close();
      watchers.clear();
    },
  };
}

function folderTree(root: string): string[] {
  try {
    return readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => join(entry.parentPath, entry.name));
  } catch {
    return [];
  }
}
