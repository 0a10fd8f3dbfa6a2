// Prints a digest of every file of CONTENT_DIR (names and bytes), for turbo: it hashes the
// files of the repository only, so without this an edit in a content folder elsewhere would
// replay the content package's old data from turbo's cache. Prints nothing when
// CONTENT_DIR is unset (content/ is among the task's inputs) or not a folder (the build
// itself then says so).
// Usage: KAP_CONTENT_STAMP=$(node scripts/content-stamp.mjs)
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const named = process.env.CONTENT_DIR;
if (named) {
  // Outside turbo: npm sets INIT_CWD for the root script that runs this.
  // biome-ignore lint/suspicious/noUndeclaredEnvVars: read before turbo starts, never inside a task
  const dir = resolve(process.env.KAP_CWD || process.env.INIT_CWD || process.cwd(), named);
  try {
    if (statSync(dir).isDirectory()) {
      const hash = createHash('sha256');
      const files = readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile() || entry.isSymbolicLink())
        .map((entry) => join(entry.parentPath, entry.name))
        .sort();
      for (const file of files) {
        hash.update(relative(dir, file)).update('\0');
        try {
          hash.update(readFileSync(file));
        } catch {
          hash.update('unreadable');
        }
        hash.update('\0');
      }
      process.stdout.write(hash.digest('hex'));
    }
  } catch {
    // Not a folder: nothing to stamp.
  }
}
