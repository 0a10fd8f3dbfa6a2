import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

// The folder with this package's package.json, above this module in src/ or in dist/.
function packageFolder(): string {
  let dir = import.meta.dirname;
  while (!existsSync(join(dir, 'package.json')) && dir !== dirname(dir)) dir = dirname(dir);
  return dir;
}

// The lock file that pins every parser's version: the workspace's, above the package.
function lockFile(from: string): string | undefined {
  for (let dir = from; dir !== dirname(dir); dir = dirname(dir)) {
    const path = join(dir, 'package-lock.json');
    if (existsSync(path)) return path;
  }
  return undefined;
}

function digestCode(): string {
  const root = packageFolder();
  // The code that runs: the bundle when this module is bundled, else the sources.
  const code = relative(root, import.meta.dirname).split(sep)[0] === 'dist' ? join(root, 'dist') : join(root, 'src');
  const files = readdirSync(code, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.[cm]?[jt]s$/.test(entry.name) && !entry.name.endsWith('.d.ts'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  const lock = lockFile(root);
  const hash = createHash('sha256');
  for (const file of [...files, ...(lock ? [lock] : [])])
    hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

/**
 * A digest of the compiler's code and of the versions of the parsers it uses (the lock
 * file): a compiled article or a whole build is reused only by the same compiler.
 */
export const compilerVersion = digestCode();
