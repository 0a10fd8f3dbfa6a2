import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

// The code that shapes the site: each channel's sources, the built renderer and compiler,
// this package's own sources, and the lock file that pins every dependency's version.
function codeFolders(): string[] {
  const folders = ['@kap/web', '@kap/feed', '@kap/text', '@kap/render', '@kap/content-compiler'].map((name) =>
    dirname(require.resolve(name)),
  );
  folders.push(join(import.meta.dirname, '..'));
  return folders;
}

function lockFile(): string | undefined {
  for (let dir = import.meta.dirname; dir !== dirname(dir); dir = dirname(dir)) {
    const path = join(dir, 'package-lock.json');
    if (existsSync(path)) return path;
  }
  return undefined;
}

let cached: string | undefined;

/** A digest of all the code that shapes the published site, computed once per process. */
export function codeVersion(): string {
  if (cached) return cached;
  const hash = createHash('sha256');
  const files = codeFolders().flatMap((folder) =>
    readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && !entry.parentPath.includes(`${join('dist', 'data')}`))
      .map((entry) => join(entry.parentPath, entry.name)),
  );
  const lock = lockFile();
  for (const file of [...files, ...(lock ? [lock] : [])].sort()) hash.update(file).update('\0').update(readFileSync(file)).update('\0');
  cached = hash.digest('hex');
  return cached;
}
