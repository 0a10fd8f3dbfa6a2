import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Problem } from '@kap/content/compiler';
import { codeVersion } from './code-version.js';

/** What the last successful publish into an output folder was made from. */
export interface LastPublish {
  digest: string;
  outDir: string;
  articles: number;
  files: number;
  warnings: Problem[];
}

/**
 * A digest of everything a publish reads: every file of the content folder, the code,
 * the day (it decides which articles are published) and the base URL override.
 */
export function publishDigest(contentDir: string, today: string): string {
  const hash = createHash('sha256').update(codeVersion()).update('\0').update(today).update('\0').update(process.env.SITE_URL ?? '');
  const files = readdirSync(contentDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  for (const file of files) hash.update('\0').update(relative(contentDir, file)).update('\0').update(readFileSync(file));
  return hash.digest('hex');
}

const manifestName = 'last-publish.json';

/** The record of the last publish, when it matches this digest and its output is still there. */
export function readLastPublish(cacheDir: string, digest: string, outDir: string): LastPublish | undefined {
  try {
    const last = JSON.parse(readFileSync(join(cacheDir, manifestName), 'utf8')) as LastPublish;
    return last.digest === digest && last.outDir === outDir && existsSync(outDir) ? last : undefined;
  } catch {
    return undefined;
  }
}

/** Records a successful publish. */
export function writeLastPublish(cacheDir: string, last: LastPublish): void {
  mkdirSync(cacheDir, { recursive: true });
  const path = join(cacheDir, manifestName);
  writeFileSync(`${path}.tmp`, JSON.stringify(last));
  renameSync(`${path}.tmp`, path);
}
