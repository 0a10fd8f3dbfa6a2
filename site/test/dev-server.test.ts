import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { realContent, repoRoot, tempDir } from './helpers.js';

const devCli = join(repoRoot, 'packages', 'publish', 'dist', 'cli', 'dev.js');
const slug = 'long-term-outcomes-of-kap';

// npm run dev as a user runs it, in a folder of its own: its caches, its data and its site there.
const root = tempDir('dev-server');
const contentDir = join(root, 'content');
cpSync(realContent, contentDir, { recursive: true });
const article = join(contentDir, 'articles', `${slug}.md`);
const original = readFileSync(article, 'utf8');
const out = join(root, 'dist');
let server: ChildProcess | undefined;
let output = '';
afterAll(() => server?.kill('SIGKILL'));

/** The server's event stream, read as text as it arrives. */
async function openEvents(base: string) {
  const response = await fetch(new URL('/__kap/events', base));
  const reader = response.body?.getReader();
  if (!reader) throw new Error('no event stream');
  let text = '';
  const decoder = new TextDecoder();
  return {
    async until(pattern: RegExp): Promise<RegExpExecArray> {
      const end = Date.now() + 30_000;
      for (;;) {
        const found = pattern.exec(text);
        if (found) {
          text = text.slice(found.index + found[0].length);
          return found;
        }
        if (Date.now() > end) throw new Error(`no ${pattern} in the event stream; the server said:\n${output}`);
        const { value, done } = await reader.read();
        if (done) throw new Error('the event stream ended');
        text += decoder.decode(value, { stream: true });
      }
    },
    close: () => reader.cancel(),
  };
}

describe('npm run dev', () => {
  it('reloads open pages after each save, shows a located problem until it is fixed, and stops cleanly', async () => {
    server = spawn(
      process.execPath,
      [devCli, '--site', join(repoRoot, 'site', 'src', 'site.js'), '--data', join(root, 'data'), '--out', out, '--port', '0'],
      {
        cwd: root,
        env: { ...process.env, CONTENT_DIR: contentDir },
      },
    );
    server.stdout?.on('data', (chunk: Buffer) => {
      output += chunk;
    });
    server.stderr?.on('data', (chunk: Buffer) => {
      output += chunk;
    });
    const end = Date.now() + 60_000;
    while (!/Serving .* at (http:\/\/\S+\/)/.test(output)) {
      if (Date.now() > end || server.exitCode !== null) throw new Error(`the dev server did not start:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const base = /Serving .* at (http:\/\/\S+\/)/.exec(output)?.[1] ?? '';
    const page = () => fetch(new URL(`/articles/${slug}/`, base)).then((response) => response.text());

    // The dev server adds its script to the pages it sends, never to the site on disk.
    const tag = '<script type="module" src="/__kap/live-reload.js"></script>';
    expect(await page()).toContain(tag);
    expect(readFileSync(join(out, 'articles', slug, 'index.html'), 'utf8')).not.toContain('/__kap/');

    const events = await openEvents(base);
    writeFileSync(article, original.replace('It is a fair question.', 'It is a marigold question.'));
    await events.until(/event: reload\n/);
    expect(await page()).toContain('It is a marigold question.');
    expect(readFileSync(join(out, 'text', `${slug}.txt`), 'utf8')).toContain('It is a marigold question.');

    writeFileSync(article, original.replace(/^published: .*$/m, 'published: 2025-02-30'));
    const problem = await events.until(/event: problem\n((?:data: .*\n)+)\n/);
    expect(problem[1]).toMatch(
      /^data: content\/articles\/long-term-outcomes-of-kap\.md:\d+:\d+ published: expected a real calendar date, got "2025-02-30"$/m,
    );
    // The last good site is still served meanwhile.
    expect(await page()).toContain('It is a marigold question.');

    writeFileSync(article, original);
    await events.until(/event: reload\n/);
    expect(await page()).not.toContain('marigold');
    await events.close();

    const exited = new Promise<number | null>((resolve) => server?.once('exit', resolve));
    server.kill('SIGTERM');
    expect(await exited).toBe(0);
    // It let go of the site: the next build does not wait for it.
    expect(existsSync(`${out}.lock`)).toBe(false);
  });
});
