// The fault suite: a publish killed at each step, two builds at once, a dev loop stopped
// after an in-place publish, damaged caches. Whatever happens, dist/ holds a whole site,
// the last good one or the new one, and the next build puts things right.
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { explainError } from '../src/lib/explain-error.js';
import { CacheSaveError, createPublishMemory, publishSite } from '../src/publish-site.js';
import { readTree, realContent, repoRoot, tempDir, today } from './helpers.js';

const buildCli = join(repoRoot, 'packages', 'publish', 'src', 'cli', 'build.ts');
const tsx = join(repoRoot, 'node_modules', '.bin', 'tsx');

interface Run {
  child: ChildProcess;
  done: Promise<{ status: number | null; stdout: string; stderr: string }>;
}

function startBuild(contentDir: string, out: string, env: Record<string, string> = {}): Run {
  // Its own process group: tsx runs the build in a child process, and a kill must reach both.
  const child = spawn(tsx, [buildCli, '--out', out, '--today', '2026-11-22'], {
    cwd: repoRoot,
    detached: true,
    env: { ...process.env, CONTENT_DIR: contentDir, CI: 'true', ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk) => {
    stdout += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
  const done = new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on('close', (status) => resolve({ status, stdout, stderr })),
  );
  return { child, done };
}

/** kill -9 of the build and its child process, as a power cut or an impatient user would. */
function killGroup(run: Run): void {
  if (run.child.pid) process.kill(-run.child.pid, 'SIGKILL');
}

const build = (contentDir: string, out: string) => startBuild(contentDir, out).done;

async function waitFor(check: () => boolean, ms = 60_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A copy of the real content, and the same content with one article edited. */
function contents() {
  const root = tempDir('faults');
  const before = join(root, 'before');
  cpSync(realContent, before, { recursive: true });
  const after = join(root, 'after');
  cpSync(realContent, after, { recursive: true });
  const article = join(after, 'articles', 'long-term-outcomes-of-kap.md');
  writeFileSync(article, readFileSync(article, 'utf8').replace('It is a fair question.', 'It is a marigold question.'));
  return { root, before, after, article };
}

/** What a cold build of a content folder gives: the site every other run must match. */
async function coldSite(contentDir: string): Promise<Map<string, string>> {
  const out = join(tempDir('cold'), 'dist');
  await publishSite({ contentDir, outDir: out, now: today });
  return readTree(out);
}

describe('a publish killed at each step', () => {
  for (const point of ['before-swap', 'mid-swap', 'after-swap']) {
    it(`leaves a whole site when killed ${point.replace('-', ' ')}, and the next build publishes the new one`, async () => {
      const { root, before, after } = contents();
      const out = join(root, 'dist');
      const [oldSite, newSite] = [await coldSite(before), await coldSite(after)];
      expect((await build(before, out)).status).toBe(0);
      // The content folder is now the edited one, built by a process killed at the point.
      rmSync(before, { recursive: true });
      cpSync(after, before, { recursive: true });
      const paused = join(root, 'paused');
      const run = startBuild(before, out, { KAP_TEST_PAUSE: point, KAP_TEST_PAUSE_FILE: paused });
      await waitFor(() => existsSync(paused));
      killGroup(run);
      await run.done;
      // At dist, or beside it until the next start puts it back: the old site or the new one, whole.
      const left = existsSync(out) ? readTree(out) : readTree(`${out}.previous`);
      expect([oldSite, newSite]).toContainEqual(left);
      const next = await build(before, out);
      expect(next.stderr).not.toMatch(/\n\s+at |Error/);
      expect(next.status).toBe(0);
      expect(readTree(out)).toEqual(newSite);
      expect(readdirSync(root).sort()).toEqual(['after', 'before', 'dist', 'dist.previous', 'paused']);
    });
  }

  it('keeps the last good site when the build after a kill mid-swap meets a content error', async () => {
    const { root, before } = contents();
    const out = join(root, 'dist');
    const oldSite = await coldSite(before);
    expect((await build(before, out)).status).toBe(0);
    const article = join(before, 'articles', 'long-term-outcomes-of-kap.md');
    writeFileSync(article, readFileSync(article, 'utf8').replace('It is a fair question.', 'It is a marigold question.'));
    const paused = join(root, 'paused');
    const run = startBuild(before, out, { KAP_TEST_PAUSE: 'mid-swap', KAP_TEST_PAUSE_FILE: paused });
    await waitFor(() => existsSync(paused));
    killGroup(run);
    await run.done;
    expect(existsSync(out)).toBe(false);
    writeFileSync(article, readFileSync(article, 'utf8').replace('published: 2025-09-23', 'published: 2025-02-30'));
    const failed = await build(before, out);
    expect(failed.status).toBe(1);
    expect(failed.stderr).toContain('published: expected a real calendar date, got "2025-02-30"');
    expect(failed.stderr).toContain('Nothing was published; ');
    expect(readTree(out)).toEqual(oldSite);
  });
});

describe('two builds at once', () => {
  it('publish one after the other: the second waits, and the site is whole', async () => {
    const { root, after } = contents();
    const out = join(root, 'dist');
    const newSite = await coldSite(after);
    const first = startBuild(after, out);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const second = startBuild(after, out);
    const results = await Promise.all([first.done, second.done]);
    expect(results.map((result) => result.status)).toEqual([0, 0]);
    expect(readTree(out)).toEqual(newSite);
    expect(existsSync(`${out}.lock`)).toBe(false);
  });
});

describe('a dev loop stopped after an in-place publish', () => {
  it('is never trusted over the files: reverting the edit publishes the reverted text', async () => {
    const { root, before, article } = contents();
    const out = join(root, 'dist');
    const cache = join(root, 'cache');
    const memory = createPublishMemory(cache, out);
    await publishSite({ contentDir: before, outDir: out, now: today, cache: memory });
    const source = join(before, 'articles', 'long-term-outcomes-of-kap.md');
    const original = readFileSync(source, 'utf8');
    writeFileSync(source, readFileSync(article, 'utf8'));
    // The watcher updates dist in place and saves its memory only when edits pause: it was stopped first.
    await publishSite({ contentDir: before, outDir: out, now: today, cache: memory, inPlace: true, deferSave: true });
    expect(readFileSync(join(out, 'text', 'long-term-outcomes-of-kap.txt'), 'utf8')).toContain('marigold');
    writeFileSync(source, original);
    const rebuilt = await publishSite({ contentDir: before, outDir: out, now: today, cache });
    expect(rebuilt.unchanged).toBeUndefined();
    expect(readTree(out)).toEqual(await coldSite(before));
  });
});

describe('a damaged cache', () => {
  it('is compiled again from the files, never published, even after dist is deleted', async () => {
    const { root, before } = contents();
    const out = join(root, 'dist');
    const cache = join(root, 'cache');
    await publishSite({ contentDir: before, outDir: out, now: today, cache });
    for (const name of readdirSync(join(cache, 'bodies'))) {
      const path = join(cache, 'bodies', name);
      writeFileSync(path, readFileSync(path, 'utf8').replace(/"value":"[^"]*"/, '"value":"Words nobody wrote."'));
    }
    rmSync(out, { recursive: true });
    await publishSite({ contentDir: before, outDir: out, now: today, cache });
    const site = readTree(out);
    expect([...site.values()].some((text) => text.includes('Words nobody wrote.'))).toBe(false);
    expect(site).toEqual(await coldSite(before));
  });
});

describe('file-system faults', () => {
  it('name the path and what to do, without a stack trace, and exit 1', async () => {
    const { root, before } = contents();
    writeFileSync(join(root, 'a-file'), 'not a folder');
    const underFile = await build(before, join(root, 'a-file', 'dist'));
    expect(underFile.status).toBe(1);
    expect(underFile.stderr).toBe(
      [
        `Could not publish: ENOTDIR at ${join(root, 'a-file', 'dist.lock')}: a file is where a folder should be: move it away, then run again.`,
        `Nothing was published; ${join(root, 'a-file', 'dist')} holds the last good site.`,
        '',
      ].join('\n'),
    );
    writeFileSync(join(root, 'dist'), 'my notes');
    const distIsFile = await build(before, join(root, 'dist'));
    expect(distIsFile.status).toBe(1);
    expect(distIsFile.stderr).toContain(
      `${join(root, 'dist')} is not a folder: the site is published as a folder there. Move the file away, then run again.\n`,
    );
    expect(readFileSync(join(root, 'dist'), 'utf8')).toBe('my notes');
  });

  it('explain a full disk and a cache that could not be saved after publishing', () => {
    const full = Object.assign(new Error('ENOSPC: no space left on device, write'), {
      code: 'ENOSPC',
      path: '/srv/site/dist.next/index.html',
    });
    expect(explainError(full)).toBe(
      'Could not publish: ENOSPC at /srv/site/dist.next/index.html: the disk is full: free some space, then run again.',
    );
    expect(explainError(new CacheSaveError('/srv/site/dist', full))).toBe(
      'The site was published to /srv/site/dist, but the build cache could not be saved (ENOSPC at /srv/site/dist.next/index.html: the disk is full: free some space, then run again). The next build will be slower.',
    );
    expect(explainError(new Error('something odd'))).toBe('Could not publish: something odd (set DEBUG=1 to see where it happened)');
  });
});
