import { statSync } from 'node:fs';
import { resolve } from 'node:path';

/** Why the content folder cannot be used, in words for the person who named it. */
export class ContentDirError extends Error {}

/**
 * The content folder a command should read: `CONTENT_DIR` when set, else `fallback`. A
 * relative `CONTENT_DIR` is taken from where the person ran the command: `KAP_CWD`, which
 * the root scripts set from npm's INIT_CWD and turbo passes through, or INIT_CWD itself;
 * never the workspace that npm runs a script in. Throws a {@link ContentDirError} when it
 * is not a folder.
 */
export function resolveContentDir(fallback: string, env: NodeJS.ProcessEnv = process.env): string {
  const named = env.CONTENT_DIR || fallback;
  const dir = resolve(env.CONTENT_DIR ? env.KAP_CWD || env.INIT_CWD || process.cwd() : process.cwd(), named);
  let isFolder = false;
  try {
    isFolder = statSync(dir).isDirectory();
  } catch {
    // Reported below, with the path in full.
  }
  if (!isFolder) {
    const source = env.CONTENT_DIR ? 'CONTENT_DIR' : 'the content folder';
    throw new ContentDirError(`${source}: expected a folder of content, got ${dir}, which is not a folder or does not exist`);
  }
  return dir;
}
