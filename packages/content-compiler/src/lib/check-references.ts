import { isRecord, uniqueBy, type YamlCheck } from './parse-yaml-data.js';

const uniqueIds = uniqueBy('id', ['references']);

/**
 * The checks on a file's `references` that one entry's schema cannot make: exactly one
 * of `doi` and `url` in each entry, each id once, and each source once (the same DOI, in
 * any case, or the same address under two ids).
 */
export const checkReferences: YamlCheck = (data) => {
  const list = isRecord(data) ? data.references : undefined;
  if (!Array.isArray(list)) return [];
  const found = uniqueIds(data);
  const seen = new Map<string, number>();
  list.forEach((entry, index) => {
    if (!isRecord(entry)) return;
    const hasDoi = entry.doi !== undefined;
    const hasUrl = entry.url !== undefined;
    if (hasDoi === hasUrl) {
      found.push({ path: ['references', index], message: `expected exactly one of doi and url, got ${hasDoi ? 'both' : 'neither'}` });
      return;
    }
    const field = hasDoi ? 'doi' : 'url';
    const value = entry[field];
    if (typeof value !== 'string') return;
    // DOIs are case-insensitive; an address is compared as a browser would read it.
    const key = hasDoi ? `doi:${value.toLowerCase()}` : `url:${canonicalUrl(value)}`;
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, index);
      return;
    }
    found.push({
      path: ['references', index, field],
      message: `expected each source once, got ${JSON.stringify(value)}, which references[${first}] also has`,
    });
  });
  return found;
};

function canonicalUrl(value: string): string {
  try {
    return new URL(value).href;
  } catch {
    return value;
  }
}
