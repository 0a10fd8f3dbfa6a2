import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { readChecked, writeChecked } from '@kap/content-compiler/data';
import type { PartsMemo } from '@kap/render';

/**
 * The pieces of listings each article renders to (its item on the home and topic pages,
 * its entry in the text index, its sitemap entry, its feed item's content), by the
 * article's key: its own inputs and the settings every page shares, so a changed article
 * or setting finds nothing. Kept in memory, and with a cache folder also on disk,
 * checked on reading.
 */
export interface PartsStore {
  /** The memo for one publish, whose articles have these keys by slug. */
  memo(keys: Readonly<Record<string, string>>): PartsMemo;
  /** Forgets the pieces of articles no longer among `keys`, and writes what changed. */
  save(keys: Readonly<Record<string, string>>): void;
}

const fileName = 'parts.json';
const bulkyFolder = 'parts';
/**
 * A piece longer than this (a feed item's whole article) is kept in a file of its own,
 * read only when a listing that shows it is built: most publishes after an edit build few
 * of those, while every one reads the small pieces of every article (the home page lists
 * them all). One file of every piece was 35 MB at 4,000 articles, read and written whole.
 */
const bulkyLength = 2048;
// What parts.json holds in place of a bulky piece's text.
const inItsFile = '\0file';

export function createPartsStore(dir?: string): PartsStore {
  // Read on first use: a publish that finds nothing changed never needs it.
  let kept: Map<string, Record<string, string>> | undefined;
  const entries = () => {
    kept ??= new Map(dir ? readParts(join(dir, fileName)) : []);
    return kept;
  };
  // Without a folder, the bulky pieces too, by file name.
  const unsaved = new Map<string, string>();
  const bulkyName = (key: string, part: string) => `${key}.${part}.json`;
  const readBulky = (key: string, part: string): string | undefined => {
    const name = bulkyName(key, part);
    const known = unsaved.get(name);
    if (known !== undefined || !dir) return known;
    const value = readChecked(join(dir, bulkyFolder, name));
    return typeof value === 'string' ? value : undefined;
  };
  let changed = false;
  return {
    memo: (keys) => ({
      get(slug, part) {
        const key = keys[slug] ?? '';
        const value = entries().get(key)?.[part];
        return value === inItsFile ? readBulky(key, part) : value;
      },
      set(slug, part, value) {
        const key = keys[slug];
        if (key === undefined) return;
        const entry = entries().get(key) ?? {};
        if (value.length > bulkyLength) {
          // Written at once, not held: a cold build makes one for every article. Named by the
          // article's key, a file never holds another version of its piece.
          if (dir) {
            mkdirSync(join(dir, bulkyFolder), { recursive: true });
            writeChecked(join(dir, bulkyFolder, bulkyName(key, part)), JSON.stringify(value));
          } else {
            unsaved.set(bulkyName(key, part), value);
          }
          entry[part] = inItsFile;
        } else {
          entry[part] = value;
        }
        entries().set(key, entry);
        changed = true;
      },
    }),
    save(keys) {
      if (!kept) return;
      const current = new Set(Object.values(keys));
      for (const key of kept.keys()) {
        if (current.has(key)) continue;
        kept.delete(key);
        changed = true;
      }
      for (const name of unsaved.keys()) if (!kept.has(name.slice(0, name.indexOf('.')))) unsaved.delete(name);
      if (!dir || !changed) return;
      const folder = join(dir, bulkyFolder);
      mkdirSync(folder, { recursive: true });
      // The pieces of articles no longer published, or edited since, go with them.
      for (const name of readdirSync(folder)) if (!kept.has(name.slice(0, name.indexOf('.')))) rmSync(join(folder, name), { force: true });
      writeChecked(join(dir, fileName), JSON.stringify(Object.fromEntries(kept)));
      changed = false;
    },
  };
}

function readParts(path: string): [string, Record<string, string>][] {
  const parts = readChecked(path);
  if (typeof parts !== 'object' || parts === null) return [];
  return Object.entries(parts).filter(
    (entry): entry is [string, Record<string, string>] =>
      typeof entry[1] === 'object' && entry[1] !== null && Object.values(entry[1]).every((value) => typeof value === 'string'),
  );
}
