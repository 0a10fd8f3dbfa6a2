import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Times `npm run dev`'s loop as a user meets it: the dev server of a clone (its compiled
 * CLI, what the script starts after building the code) watches the content folder; from
 * saving an article to the change being on disk in all three channels. The best of three
 * edits, as the first pays for warming up.
 */
export async function devLatency(clone: string, contentDir: string): Promise<number> {
  // The newest article: it is in every channel, the capped feeds too.
  const slug = readdirSync(join(contentDir, 'articles'))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .at(-1)
    ?.replace(/\.md$/, '');
  if (!slug) throw new Error(`${contentDir} has no article`);
  const article = join(contentDir, 'articles', `${slug}.md`);
  const out = join(clone, 'dist');
  const channels = [join(out, 'articles', slug, 'index.html'), join(out, 'feed.xml'), join(out, 'text', `${slug}.txt`)];
  const read = (path: string) => {
    try {
      return readFileSync(path, 'utf8');
    } catch {
      return '';
    }
  };
  const server = spawn(process.execPath, ['packages/publish/dist/cli/dev.js', '--port', '0'], {
    cwd: clone,
    env: { ...process.env, CONTENT_DIR: contentDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    await new Promise<void>((resolve, reject) => {
      let output = '';
      server.stdout.on('data', (chunk: Buffer) => {
        output += chunk;
        if (output.includes('Serving')) resolve();
      });
      server.stderr.on('data', (chunk: Buffer) => {
        output += chunk;
      });
      server.once('exit', (code) => reject(new Error(`the dev server stopped (${code}):\n${output}`)));
    });
    const times: number[] = [];
    for (const word of ['marigold', 'juniper', 'saffron']) {
      const start = performance.now();
      writeFileSync(
        article,
        read(article).replace(
          /Ketamine-assisted psychotherapy, or KAP, is the subject(?: \w+)?/,
          `Ketamine-assisted psychotherapy, or KAP, is the subject ${word}`,
        ),
      );
      while (!channels.every((path) => read(path).includes(word))) {
        if (performance.now() - start > 120_000) throw new Error(`the dev server did not publish "${word}" within two minutes`);
        await new Promise((resolve) => setTimeout(resolve, 1));
      }
      times.push(performance.now() - start);
    }
    return Math.round(Math.min(...times));
  } finally {
    // Stopped as a user stops it, and waited for: until it is gone it holds the site's lock.
    if (server.exitCode === null && server.signalCode === null) {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGINT');
      await exited;
    }
  }
}
