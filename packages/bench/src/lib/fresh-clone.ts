import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A clone of the repository's committed code with its dependencies installed, as a new
 * user has it after `git clone` and `npm ci`: builds run there, never in this checkout.
 */
export function freshClone(repo: string, dir: string): string {
  execFileSync('git', ['clone', '--quiet', repo, dir]);
  execFileSync('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund'], { cwd: dir, stdio: 'ignore' });
  return dir;
}

/** Takes a clone back to what `npm ci` left: no build outputs, no caches of any kind. */
export function forgetBuilds(dir: string): void {
  // Every file git ignores (dist folders, turbo's cache, the site) but the installed dependencies.
  execFileSync('git', ['clean', '-Xdfq', '-e', '!node_modules', '-e', '!node_modules/**'], { cwd: dir });
  forgetContent(dir);
  rmSync(join(dir, 'node_modules', '.cache'), { recursive: true, force: true });
}

/** Forgets everything built from content, keeping the built code: what a new content folder meets. */
export function forgetContent(dir: string): void {
  for (const path of ['dist', 'dist.previous', join('packages', 'content', 'dist', 'data')]) {
    rmSync(join(dir, path), { recursive: true, force: true });
  }
  for (const cache of ['kap-content', 'kap-articles']) rmSync(join(dir, 'node_modules', '.cache', cache), { recursive: true, force: true });
}
