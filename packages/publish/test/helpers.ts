import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const repoRoot = join(import.meta.dirname, '..', '..', '..');
export const realContent = join(repoRoot, 'content');
/** The day the real content is judged against, so the tests do not age. */
export const today = new Date('2026-11-22T12:00:00Z');

/** A fresh folder under the system's temporary folder. */
export const tempDir = (prefix: string) => mkdtempSync(join(tmpdir(), `kap-${prefix}-`));

/** Every file of a folder, by relative POSIX path, with its bytes as text. */
export function readTree(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
  return new Map(
    files.sort().map((path) => [
      path
        .slice(dir.length + 1)
        .split('\\')
        .join('/'),
      readFileSync(path, 'utf8'),
    ]),
  );
}
