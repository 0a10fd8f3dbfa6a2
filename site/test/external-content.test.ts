// Nothing stale, end to end: `npm run build` with CONTENT_DIR naming a content folder
// outside the repository, as the README tells a user to run it, then again after an edit
// there. This writes the repository's own packages/content/dist/data and dist/: the site's
// vitest config runs this file alone, after every other site test, and it builds the real
// content again when it is done.
import { execFile } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readArticleBody, readContentData } from '@kap/content-compiler';
import { afterAll, describe, expect, it } from 'vitest';
import { realContent, repoRoot, tempDir } from './helpers.js';

const dataDir = join(repoRoot, 'packages', 'content', 'dist', 'data');
const distDir = join(repoRoot, 'dist');
const slug = 'long-term-outcomes-of-kap';
const buildMs = 180_000;

/** `npm run build` at the repository's root, as a user runs it; CONTENT_DIR only when given. */
function npmBuild(contentDir?: string): Promise<{ code: number | null; output: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.CONTENT_DIR;
  if (contentDir) env.CONTENT_DIR = contentDir;
  return new Promise((resolve) => {
    execFile('npm', ['run', 'build'], { cwd: repoRoot, env, timeout: buildMs, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) =>
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, output: `${stdout}\n${stderr}` }),
    );
  });
}

/** The article as the content package ships it: its metadata's text, and its body module's tree as text. */
function shipped(): { meta: string; body: string } {
  const data = readContentData(dataDir);
  const name = data.bodies.get(slug);
  expect(name, `no body module for ${slug}`).toBeDefined();
  return { meta: readFileSync(join(dataDir, 'meta.json'), 'utf8'), body: JSON.stringify(readArticleBody(data.dir, name ?? '')) };
}

/** The article's web page and its plain-text edition in the repository's dist/. */
function published(): string[] {
  return [join(distDir, 'articles', slug, 'index.html'), join(distDir, 'text', `${slug}.txt`)].map((path) => readFileSync(path, 'utf8'));
}

afterAll(async () => {
  // The repository's data and site from its own content again.
  const restored = await npmBuild();
  expect(restored.code, restored.output).toBe(0);
  expect(shipped().meta).not.toContain('Marigold outcomes');
  for (const page of published()) expect(page).not.toContain('a juniper question');
}, buildMs + 20_000);

describe('npm run build with CONTENT_DIR outside the repository', () => {
  it(
    'publishes an edit made there: in the content package data and in every channel of dist/',
    async () => {
      const contentDir = join(tempDir('external'), 'content');
      expect(relative(repoRoot, contentDir).startsWith('..')).toBe(true);
      cpSync(realContent, contentDir, { recursive: true });
      const first = await npmBuild(contentDir);
      expect(first.code, first.output).toBe(0);
      expect(shipped().meta).toContain('Long-term outcomes of ketamine-assisted psychotherapy');
      for (const page of published()) expect(page).toContain('It is a fair question.');

      const article = join(contentDir, 'articles', `${slug}.md`);
      const original = readFileSync(article, 'utf8');
      const edited = original
        .replace(
          'title: Long-term outcomes of ketamine-assisted psychotherapy',
          'title: Marigold outcomes of ketamine-assisted psychotherapy',
        )
        .replace('It is a fair question.', 'It is a juniper question.');
      expect(edited).not.toBe(original);
      writeFileSync(article, edited);
      const second = await npmBuild(contentDir);
      expect(second.code, second.output).toBe(0);

      const data = shipped();
      expect(data.meta).toContain('Marigold outcomes of ketamine-assisted psychotherapy');
      expect(data.meta).not.toContain('Long-term outcomes of ketamine-assisted psychotherapy');
      expect(data.body).toContain('It is a juniper question.');
      expect(data.body).not.toContain('It is a fair question.');
      for (const page of published()) {
        expect(page).toContain('Marigold outcomes of ketamine-assisted psychotherapy');
        expect(page).toContain('It is a juniper question.');
        expect(page).not.toContain('It is a fair question.');
      }
    },
    2 * buildMs + 20_000,
  );
});
