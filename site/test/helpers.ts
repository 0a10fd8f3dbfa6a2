import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildContentData } from '@kap/content-compiler';
import type { Content } from '@kap/content-compiler/types';
import { type PublishedSite, type PublishSiteOptions, publishSite } from '@kap/publish';
import { createPartsMemo } from '@kap/render';
import type { SiteFile } from '@kap/site-files';
import site from '../src/site.js';

export const repoRoot = join(import.meta.dirname, '..', '..');
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

/** The site's channels, as the publisher's CLIs load them. */
export const siteModule = pathToFileURL(join(repoRoot, 'site', 'src', 'site.js')).href;
export const { channels } = site;

/** Options for {@link publishContent}. */
export interface PublishContentOptions extends Omit<PublishSiteOptions, 'dataDir' | 'channels' | 'cache'> {
  contentDir: string;
  now?: Date;
  /** A folder for both caches (the content build's and the publisher's), and the data. Without it, a fresh one. */
  cache?: string;
}

/**
 * What `npm run build` does, in this process: builds the content package's data from
 * `contentDir` (into the cache folder, not the real package), then publishes the site from it.
 * `workers` and `minPerWorker` go to both: the content build's compile and the publish.
 */
export async function publishContent(options: PublishContentOptions): Promise<PublishedSite> {
  const { contentDir, now = today, cache, ...publish } = options;
  const folder = cache ?? tempDir('publish-cache');
  const dataDir = join(folder, 'data');
  const threads = {
    ...(publish.workers !== undefined ? { workers: publish.workers } : {}),
    ...(publish.minPerWorker !== undefined ? { minPerWorker: publish.minPerWorker } : {}),
  };
  await buildContentData({ contentDir, outDir: dataDir, now, cache: join(folder, 'content'), ...threads });
  return publishSite({ ...publish, dataDir, channels, siteModule, cache: join(folder, 'publish') });
}

/**
 * Every file of every channel from a whole compiled content, made in one go with nothing
 * kept: what a publish must give, however much of it was kept or made apart.
 */
export function siteFiles(content: Content): Map<string, SiteFile> {
  const files = new Map<string, SiteFile>();
  const memo = createPartsMemo();
  for (const channel of channels) {
    const build = channel.start(content);
    for (const article of content.articles) {
      for (const file of build.articleFiles(article, content.getBody(article.slug)).files) files.set(file.path, file);
    }
    for (const file of build.listingFiles({ memo, reuse: () => false })) files.set(file.path, file);
  }
  return files;
}

/** The compiled CLIs a user runs. */
export const contentCli = join(repoRoot, 'packages', 'content-compiler', 'dist', 'cli.js');
export const publishCli = join(repoRoot, 'packages', 'publish', 'dist', 'cli', 'build.js');
export const recoverCli = join(repoRoot, 'packages', 'publish', 'dist', 'cli', 'recover.js');
export const previewCli = join(repoRoot, 'packages', 'publish', 'dist', 'cli', 'preview.js');

/** What one command printed, and how it ended. */
export interface CommandResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** A build run as commands: the recovery of a killed publish, the content build, then (when it succeeded) the publish. */
export interface CliBuild {
  /** kill -9 of the step running now, as a power cut or an impatient user would; no step starts after it. */
  kill(): void;
  /** Both steps' output together, and the status of the last step run. */
  done: Promise<CommandResult & { content: CommandResult; publish?: CommandResult }>;
}

/** Options for {@link startCliBuild}. */
export interface CliBuildOptions {
  contentDir: string;
  /** The data folder the content build writes and the publish reads: never the real package's. */
  dataDir: string;
  outDir: string;
  env?: Record<string, string>;
  /** Where the publish runs (its cache is node_modules/.cache there). Defaults to the repository. */
  cwd?: string;
  /** The site's config module. Defaults to the CLI's own default, site/src/site.js from the repository. */
  site?: string;
}

/**
 * What `npm run build` does, as commands, on the day {@link today}: the last good site is
 * put back if a publish was killed mid-swap, the content-compiler CLI builds the data from
 * `contentDir`, then, if it succeeded, the publish CLI publishes it. Each step in its own
 * process group, so a kill reaches all of it.
 */
export function startCliBuild(options: CliBuildOptions): CliBuild {
  const env = { ...process.env, CONTENT_DIR: options.contentDir, CI: 'true', ...options.env };
  let current: ChildProcess | undefined;
  let killed = false;
  const run = (args: string[], cwd: string) =>
    new Promise<CommandResult>((resolve, reject) => {
      const child = spawn(process.execPath, args, { cwd, env, detached: true });
      current = child;
      let stdout = '';
      let stderr = '';
      child.stdout?.on('data', (chunk) => {
        stdout += chunk;
      });
      child.stderr?.on('data', (chunk) => {
        stderr += chunk;
      });
      child.once('error', reject);
      child.on('close', (status) => resolve({ status, stdout, stderr }));
    });
  const day = today.toISOString().slice(0, 10);
  const done = (async () => {
    const recovered = await run([recoverCli, '--out', options.outDir], options.cwd ?? repoRoot);
    if (recovered.status !== 0 || killed) return { ...recovered, content: recovered };
    const content = await run([contentCli, 'build', '--content', options.contentDir, '--out', options.dataDir, '--today', day], repoRoot);
    if (content.status !== 0 || killed) return { ...content, content };
    const site = options.site ? ['--site', options.site] : [];
    const publish = await run([publishCli, ...site, '--data', options.dataDir, '--out', options.outDir], options.cwd ?? repoRoot);
    return {
      status: publish.status,
      stdout: content.stdout + publish.stdout,
      stderr: content.stderr + publish.stderr,
      content,
      publish,
    };
  })();
  return {
    kill() {
      killed = true;
      if (current?.pid) process.kill(-current.pid, 'SIGKILL');
    },
    done,
  };
}
