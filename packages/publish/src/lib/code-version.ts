import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

// The folder of the workspace that holds this package: its lock file pins every
// dependency's version, and its workspaces hold all the code that shapes a site.
function workspaceRoot(): string | undefined {
  for (let dir = import.meta.dirname; dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, 'package-lock.json'))) return dir;
  }
  return undefined;
}

// Each workspace's sources and built code, never its tests or the content data it ships.
function codeFiles(root: string): string[] {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { workspaces?: string[] };
  const workspaces = (manifest.workspaces ?? []).flatMap((pattern) => {
    if (!pattern.endsWith('/*')) return [join(root, pattern)];
    const parent = join(root, pattern.slice(0, -2));
    return existsSync(parent) ? readdirSync(parent).map((name) => join(parent, name)) : [];
  });
  const data = join('dist', 'data');
  return workspaces.flatMap((workspace) =>
    ['src', 'dist', 'package.json'].flatMap((part) => {
      const path = join(workspace, part);
      if (!existsSync(path)) return [];
      if (part === 'package.json') return [path];
      return readdirSync(path, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile() && !join(entry.parentPath, entry.name).includes(data))
        .map((entry) => join(entry.parentPath, entry.name));
    }),
  );
}

let cached: string | undefined;

/**
 * A digest of all the code that shapes the published site, computed once per process:
 * every workspace's sources and built code, and the lock file. A change to any channel,
 * or to anything a channel uses, is a new version.
 */
export function codeVersion(): string {
  if (cached) return cached;
  const hash = createHash('sha256');
  const root = workspaceRoot();
  const files = root ? [...codeFiles(root), join(root, 'package-lock.json')] : [import.meta.filename];
  for (const file of files.sort()) hash.update(file).update('\0').update(readFileSync(file)).update('\0');
  cached = hash.digest('hex');
  return cached;
}
