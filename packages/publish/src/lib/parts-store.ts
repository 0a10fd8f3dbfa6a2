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
  /** Forgets the pieces of articles no longer among `keys`, and writes the rest if anything changed. */
  save(keys: Readonly<Record<string, string>>): void;
}

const fileName = 'parts.json';

export function createPartsStore(dir?: string): PartsStore {
  // Read on first use: a publish that finds nothing changed never needs it.
  let kept: Map<string, Record<string, string>> | undefined;
  const entries = () => {
    kept ??= new Map(dir ? readParts(join(dir, fileName)) : []);
    return kept;
  };
  let changed = false;
  return {
    memo: (keys) => ({
      get: (slug, part) => entries().get(keys[slug] ?? '')?.[part],
      set(slug, part, value) {
        const key = keys[slug];
        if (key === undefined) return;
        const entry = entries().get(key) ?? {};
        entry[part] = value;
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
      if (!dir || !changed) return;
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
