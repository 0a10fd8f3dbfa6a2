import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';
import { type CompiledContent, ContentProblemsError, compileContent, formatProblem } from '../src/index.js';

export const validFixture = join(import.meta.dirname, 'fixtures', 'valid');
/** The day the fixtures are judged against: the future article stays out, no review is stale. */
export const today = new Date('2026-11-22T12:00:00Z');

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/**
 * A copy of the valid fixture named `content`, with some files replaced, added or
 * removed (null), so each test changes only what it is about.
 */
export function contentWith(files: Record<string, string | Uint8Array | null>): string {
  const root = mkdtempSync(join(tmpdir(), 'kap-content-'));
  made.push(root);
  const dir = join(root, 'content');
  cpSync(validFixture, dir, { recursive: true });
  for (const [name, contents] of Object.entries(files)) {
    const path = join(dir, name);
    if (contents === null) {
      rmSync(path, { force: true });
      continue;
    }
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, contents);
  }
  return dir;
}

/** Compiles a content folder and returns its problems as printed lines (none when valid). */
export function problemsIn(contentDir: string): string[] {
  try {
    compileContent({ contentDir, now: today });
    return [];
  } catch (error) {
    if (error instanceof ContentProblemsError) return error.problems.map(formatProblem);
    throw error;
  }
}

/** Compiles a content folder that must be valid. */
export function compiled(contentDir: string): CompiledContent {
  return compileContent({ contentDir, now: today });
}

/** An article file with the fixture's valid frontmatter, changed by `frontmatter` lines. */
export function article(frontmatter: string, body = 'A plain paragraph.\n'): string {
  return `---\n${frontmatter}\n---\n\n${body}`;
}

export const goodFrontmatter = [
  'title: A new article',
  'description: Something to read.',
  'published: 2025-06-01',
  'tags: [ketamine]',
  'topics: [ptsd]',
].join('\n');
