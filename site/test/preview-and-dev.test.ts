import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { watchSite } from '@kap/publish';
import { afterEach, describe, expect, it } from 'vitest';
import { channels, previewCli, publishContent, readTree, realContent, repoRoot, siteModule, tempDir, today } from './helpers.js';

const running: ChildProcess[] = [];
afterEach(() => {
  for (const child of running.splice(0)) child.kill();
});

/** Starts a command and resolves with the first http://127.0.0.1:port/ address it prints. */
function start(args: string[], env: NodeJS.ProcessEnv = {}): Promise<string> {
  const child = spawn(process.execPath, args, { cwd: repoRoot, env: { ...process.env, ...env, PORT: '0' } });
  running.push(child);
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(output);
      if (url) resolve(url[0]);
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('exit', (code) => reject(new Error(`exited with ${code}: ${output}`)));
  });
}

/** Waits until a condition holds, checking every few milliseconds, for at most `limit` ms. */
async function until(condition: () => boolean, limit = 10_000): Promise<void> {
  const end = Date.now() + limit;
  while (!condition()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('npm run preview', () => {
  it('serves the built site over HTTP with the right content types and the 404 page', async () => {
    const out = join(tempDir('preview'), 'dist');
    await publishContent({ contentDir: realContent, outDir: out });
    const base = await start([previewCli, '--dir', out]);
    const get = async (path: string) => {
      const response = await fetch(new URL(path, base));
      return { status: response.status, type: response.headers.get('content-type'), body: await response.text() };
    };
    expect(await get('/')).toMatchObject({ status: 200, type: 'text/html; charset=utf-8' });
    expect(await get('/articles/long-term-outcomes-of-kap/')).toMatchObject({ status: 200, type: 'text/html; charset=utf-8' });
    expect(await get('/text/long-term-outcomes-of-kap.txt')).toMatchObject({ status: 200, type: 'text/plain; charset=utf-8' });
    expect(await get('/feed.xml')).toMatchObject({ status: 200, type: 'application/rss+xml; charset=utf-8' });
    expect(await get('/atom.xml')).toMatchObject({ status: 200, type: 'application/atom+xml; charset=utf-8' });
    expect(await get('/feed.json')).toMatchObject({ status: 200, type: 'application/feed+json; charset=utf-8' });
    expect(await get('/topics/ptsd/feed.xml')).toMatchObject({ status: 200, type: 'application/rss+xml; charset=utf-8' });
    const missing = await get('/articles/no-such-article/');
    expect(missing).toMatchObject({ status: 404, type: 'text/html; charset=utf-8' });
    expect(missing.body).toBe(readFileSync(join(out, '404.html'), 'utf8'));
  });
});

describe('watchSite (npm run dev)', () => {
  it('shows an edited article in all three channels, keeps the last good site on a content error, and recovers', async () => {
    const contentDir = join(tempDir('dev'), 'content');
    cpSync(realContent, contentDir, { recursive: true });
    const out = join(tempDir('dev'), 'dist');
    const caches = tempDir('dev-cache');
    const published: number[] = [];
    const errors: unknown[] = [];
    const watcher = watchSite({
      contentDir,
      dataDir: join(caches, 'data'),
      channels,
      siteModule,
      outDir: out,
      contentCache: join(caches, 'content'),
      publishCache: join(caches, 'publish'),
      now: today,
      onPublish: (_site, _content, ms) => published.push(ms),
      onError: (error) => errors.push(error),
    });
    try {
      await watcher.ready;
      expect(published).toHaveLength(1);
      const article = join(contentDir, 'articles', 'long-term-outcomes-of-kap.md');
      const original = readFileSync(article, 'utf8');
      const channels = () => [
        readFileSync(join(out, 'articles', 'long-term-outcomes-of-kap', 'index.html'), 'utf8'),
        readFileSync(join(out, 'feed.xml'), 'utf8'),
        readFileSync(join(out, 'text', 'long-term-outcomes-of-kap.txt'), 'utf8'),
      ];

      // Saved the way git and many editors save: a new file renamed over the old one.
      const save = (text: string) => {
        writeFileSync(`${article}.tmp`, text);
        renameSync(`${article}.tmp`, article);
      };
      save(original.replace('It is a fair question.', 'It is a marigold question.'));
      await until(() => existsSync(out) && channels().every((text) => text.includes('marigold')));
      expect(published).toHaveLength(2);

      save(original.replace('published: 2025-09-23', 'published: 2025-02-30'));
      await until(() => errors.length === 1);
      expect(String(errors[0])).toContain('long-term-outcomes-of-kap.md:4:12 published: expected a real calendar date, got "2025-02-30"');
      expect(channels().every((text) => text.includes('marigold'))).toBe(true);

      save(original);
      await until(() => published.length === 3);
      expect(channels().some((text) => text.includes('marigold'))).toBe(false);

      // Updated in place, file by file, the output is what a cold build gives.
      const cold = join(tempDir('dev-cold'), 'dist');
      await publishContent({ contentDir, outDir: cold });
      expect(readTree(out)).toEqual(readTree(cold));
    } finally {
      await watcher.close();
    }
  });
});
