// The fault suite: a publish killed at each step, two builds at once, a dev loop stopped
// after an in-place publish, damaged caches. Whatever happens, dist/ holds a whole site,
// the last good one or the new one, and the next build puts things right.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildContentData, createContentMemory } from '@kap/content-compiler';
import { createPublishMemory, publishSite } from '@kap/publish';
import { describe, expect, it } from 'vitest';
import { channels, publishContent, readTree, realContent, repoRoot, siteModule, startCliBuild, tempDir, today } from './helpers.js';

/** `npm run build` as commands, into a data folder of the test's own. */
const startBuild = (contentDir: string, dataDir: string, out: string, env: Record<string, string> = {}) =>
  startCliBuild({ contentDir, dataDir, outDir: out, env });

const build = (contentDir: string, dataDir: string, out: string) => startBuild(contentDir, dataDir, out).done;

async function waitFor(check: () => boolean, ms = 60_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A copy of the real content, the same content with one article edited, and a data folder for them. */
function contents() {
  const root = tempDir('faults');
  const before = join(root, 'before');
  cpSync(realContent, before, { recursive: true });
  const after = join(root, 'after');
  cpSync(realContent, after, { recursive: true });
  const article = join(after, 'articles', 'long-term-outcomes-of-kap.md');
  writeFileSync(article, readFileSync(article, 'utf8').replace('It is a fair question.', 'It is a marigold question.'));
  // Beside the root, not in it: the tests check what the publisher leaves there.
  const data = join(tempDir('faults-data'), 'data');
  return { root, before, after, article, data };
}

/** What a cold build of a content folder gives: the site every other run must match. */
async function coldSite(contentDir: string): Promise<Map<string, string>> {
  const out = join(tempDir('cold'), 'dist');
  await publishContent({ contentDir, outDir: out });
  return readTree(out);
}

describe('a publish killed at each step', () => {
  for (const point of ['before-swap', 'mid-swap', 'after-swap']) {
    it(`leaves a whole site when killed ${point.replace('-', ' ')}, and the next build publishes the new one`, async () => {
      const { root, before, after, data } = contents();
      const out = join(root, 'dist');
      const [oldSite, newSite] = [await coldSite(before), await coldSite(after)];
      expect((await build(before, data, out)).status).toBe(0);
      // The content folder is now the edited one, built by a process killed at the point.
      rmSync(before, { recursive: true });
      cpSync(after, before, { recursive: true });
      const paused = join(root, 'paused');
      const run = startBuild(before, data, out, { KAP_TEST_PAUSE: point, KAP_TEST_PAUSE_FILE: paused });
      await waitFor(() => existsSync(paused));
      run.kill();
      expect((await run.done).status).toBeNull();
      // At dist, or beside it until the next start puts it back: the old site or the new one, whole.
      const left = existsSync(out) ? readTree(out) : readTree(`${out}.previous`);
      expect([oldSite, newSite]).toContainEqual(left);
      const next = await build(before, data, out);
      expect(next.stderr).not.toMatch(/\n\s+at |Error/);
      expect(next.status).toBe(0);
      expect(readTree(out)).toEqual(newSite);
      expect(readdirSync(root).sort()).toEqual(['after', 'before', 'dist', 'dist.previous', 'paused']);
    });
  }

  it('keeps the last good site when the build after a kill mid-swap meets a content error', async () => {
    const { root, before, data } = contents();
    const out = join(root, 'dist');
    const oldSite = await coldSite(before);
    expect((await build(before, data, out)).status).toBe(0);
    const article = join(before, 'articles', 'long-term-outcomes-of-kap.md');
    writeFileSync(article, readFileSync(article, 'utf8').replace('It is a fair question.', 'It is a marigold question.'));
    const paused = join(root, 'paused');
    const run = startBuild(before, data, out, { KAP_TEST_PAUSE: 'mid-swap', KAP_TEST_PAUSE_FILE: paused });
    await waitFor(() => existsSync(paused));
    run.kill();
    await run.done;
    expect(existsSync(out)).toBe(false);
    writeFileSync(article, readFileSync(article, 'utf8').replace('published: 2025-09-23', 'published: 2025-02-30'));
    const failed = await build(before, data, out);
    expect(failed.status).toBe(1);
    expect(failed.stderr).toContain('published: expected a real calendar date, got "2025-02-30"');
    // The content build failed and nothing was published, but the first step put the last good site back.
    expect(existsSync(out), `${out} after a failed build`).toBe(true);
    expect(readTree(out)).toEqual(oldSite);
  });
});

describe('two builds at once', () => {
  it('publish one after the other: the second waits, and the site is whole', async () => {
    const { root, after, data } = contents();
    const out = join(root, 'dist');
    const newSite = await coldSite(after);
    const first = startBuild(after, data, out);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const second = startBuild(after, data, out);
    const results = await Promise.all([first.done, second.done]);
    expect(results.map((result) => result.status)).toEqual([0, 0]);
    expect(readTree(out)).toEqual(newSite);
    expect(existsSync(`${out}.lock`)).toBe(false);
  });
});

describe('a dev loop stopped after an in-place publish', () => {
  it('is never trusted over the files: reverting the edit publishes the reverted text', async () => {
    const { root, before, article, data } = contents();
    const out = join(root, 'dist');
    const contentCache = join(tempDir('faults-cache'), 'content');
    const publishCache = join(tempDir('faults-cache'), 'publish');
    const memory = createPublishMemory(publishCache, out);
    await buildContentData({ contentDir: before, outDir: data, now: today, cache: contentCache });
    await publishSite({ dataDir: data, outDir: out, channels, siteModule, cache: memory });
    const source = join(before, 'articles', 'long-term-outcomes-of-kap.md');
    const original = readFileSync(source, 'utf8');
    writeFileSync(source, readFileSync(article, 'utf8'));
    // The watcher builds the data, updates dist in place and saves its memories only when
    // edits pause, as watchSite does: it was stopped first.
    const content = createContentMemory(contentCache);
    const built = await buildContentData({ contentDir: before, outDir: data, now: today, cache: content, deferSave: true });
    await publishSite({
      dataDir: data,
      ...(built.data ? { data: built.data } : {}),
      outDir: out,
      channels,
      siteModule,
      cache: memory,
      inPlace: true,
      deferSave: true,
    });
    expect(readFileSync(join(out, 'text', 'long-term-outcomes-of-kap.txt'), 'utf8')).toContain('marigold');
    writeFileSync(source, original);
    // The next process: `npm run build`, from the cache folders.
    await buildContentData({ contentDir: before, outDir: data, now: today, cache: contentCache });
    const rebuilt = await publishSite({ dataDir: data, outDir: out, channels, siteModule, cache: publishCache });
    expect(rebuilt.unchanged).toBeUndefined();
    expect(readTree(out)).toEqual(await coldSite(before));
  });
});

describe('a damaged cache', () => {
  it('is compiled again from the files, never published, even after the data and dist are deleted', async () => {
    const { root, before } = contents();
    const out = join(root, 'dist');
    const cache = join(root, 'cache');
    await publishContent({ contentDir: before, outDir: out, cache });
    const bodies = join(cache, 'content', 'bodies');
    expect(readdirSync(bodies)).toHaveLength(4);
    for (const name of readdirSync(bodies)) {
      const path = join(bodies, name);
      const damaged = readFileSync(path, 'utf8').replace(/"value":"[^"]*"/, '"value":"Words nobody wrote."');
      expect(damaged).not.toBe(readFileSync(path, 'utf8'));
      writeFileSync(path, damaged);
    }
    // Without its data, the content build writes every body again, from the cache if it could.
    rmSync(join(cache, 'data'), { recursive: true });
    rmSync(out, { recursive: true });
    await publishContent({ contentDir: before, outDir: out, cache });
    const site = readTree(out);
    expect([...site.values()].some((text) => text.includes('Words nobody wrote.'))).toBe(false);
    expect([...readTree(join(cache, 'data')).values()].some((text) => text.includes('Words nobody wrote.'))).toBe(false);
    expect(site).toEqual(await coldSite(before));
  });
});

describe('file-system faults', () => {
  it('name the path and what to do, without a stack trace, and exit 1', async () => {
    const { root, before, data } = contents();
    writeFileSync(join(root, 'a-file'), 'not a folder');
    const underFile = await build(before, data, join(root, 'a-file', 'dist'));
    expect(underFile.status).toBe(1);
    // The first step, which puts back a site a killed publish left aside, meets it first.
    expect(underFile.stderr).toBe(
      [
        `Could not publish: ENOTDIR at ${join(root, 'a-file', 'dist.lock')}: a file is where a folder should be: move it away, then run again.`,
        `Nothing was published; ${join(root, 'a-file', 'dist')} holds the last good site.`,
        '',
      ].join('\n'),
    );
    writeFileSync(join(root, 'dist'), 'my notes');
    const distIsFile = await build(before, data, join(root, 'dist'));
    expect(distIsFile.status).toBe(1);
    expect(distIsFile.stderr).toContain(
      `${join(root, 'dist')} is not a folder: the site is published as a folder there. Move the file away, then run again.\n`,
    );
    expect(readFileSync(join(root, 'dist'), 'utf8')).toBe('my notes');
  });

  it('explain a full disk, an unknown error and a cache that could not be saved after publishing', async () => {
    const { root, before, data } = contents();
    const out = join(root, 'dist');
    // A site whose channel meets the error: the publish CLI says what it is, and what to do.
    const failing = join(repoRoot, 'site', 'test', 'fixtures', 'failing-site.js');
    const meet = (error: Record<string, string>) =>
      startCliBuild({
        contentDir: before,
        dataDir: data,
        outDir: out,
        site: failing,
        env: { KAP_TEST_ERROR: JSON.stringify(error), DEBUG: '' },
      }).done;
    const full = await meet({ message: 'ENOSPC: no space left on device, write', code: 'ENOSPC', path: '/srv/site/dist.next/index.html' });
    expect(full.status).toBe(1);
    expect(full.publish?.stderr).toBe(
      [
        'Could not publish: ENOSPC at /srv/site/dist.next/index.html: the disk is full: free some space, then run again.',
        `Nothing was published; ${out} holds the last good site.`,
        '',
      ].join('\n'),
    );
    const odd = await meet({ message: 'something odd' });
    expect(odd.status).toBe(1);
    expect(odd.publish?.stderr).toBe(
      [
        'Could not publish: something odd (set DEBUG=1 to see where it happened)',
        `Nothing was published; ${out} holds the last good site.`,
        '',
      ].join('\n'),
    );
    expect(existsSync(out)).toBe(false);

    // A folder where the record of the last publish goes: the site is published, the cache is not saved.
    const cwd = tempDir('faults-cwd');
    const record = join(cwd, 'node_modules', '.cache', 'kap-articles', 'last-publish.json');
    mkdirSync(join(record, 'in-the-way'), { recursive: true });
    const site = join(repoRoot, 'site', 'src', 'site.js');
    const unsaved = await startCliBuild({ contentDir: before, dataDir: data, outDir: out, cwd, site }).done;
    expect(unsaved.status).toBe(1);
    expect(unsaved.publish?.stderr.trimEnd().split('\n').at(-1)).toBe(
      `The site was published to ${out}, but the build cache could not be saved (EISDIR at ${record}: a folder is where a file should be: move it away, then run again). The next build will be slower.`,
    );
    expect(unsaved.stderr).not.toContain('Nothing was published');
    expect(readTree(out)).toEqual(await coldSite(before));
  });
});
