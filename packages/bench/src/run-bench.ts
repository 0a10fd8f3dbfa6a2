import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileContent, writeContentData } from '@kap/content-compiler';
import { benchToday } from './lib/bench-today.js';
import type { Measurement } from './lib/measure.js';
import { corpusSlug, makeCorpus } from './make-corpus.js';

/** Options for {@link runBench}. */
export interface RunBenchOptions {
  sizes: number[];
  /** The real content folder, whose settings the corpus copies. */
  settingsFrom: string;
  /** Skip the Eleventy reference (the test suite's quick run). */
  skipReference?: boolean;
  log?: (line: string) => void;
}

/** The figures for one corpus size. */
export interface BenchRow {
  articles: number;
  eleventyMs: number | undefined;
  coldMs: number;
  unchangedMs: number;
  oneEditMs: number;
  devMs: number;
  peakMiB: number;
  importMs: number;
}

const here = import.meta.dirname;
const tsx = join(here, '..', '..', '..', 'node_modules', '.bin', 'tsx');
const contentPackage = join(here, '..', '..', 'content');

function child(script: string, ...args: string[]): Measurement {
  const runner = script.endsWith('.mjs') ? process.execPath : tsx;
  const output = execFileSync(runner, [join(here, 'lib', script), ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const last = output.trim().split('\n').at(-1) ?? '';
  return JSON.parse(last) as Measurement;
}

/**
 * Generates a corpus per size in a temporary folder and measures, each in a fresh
 * process: a cold build of all three channels, a rebuild with nothing changed, a
 * rebuild after editing one article, the dev loop, importing the metadata index, and
 * Eleventy 3 building the web pages alone from the same files.
 */
export function runBench(options: RunBenchOptions): BenchRow[] {
  const log = options.log ?? (() => {});
  const rows: BenchRow[] = [];
  for (const articles of options.sizes) {
    const root = mkdtempSync(join(tmpdir(), `kap-bench-${articles}-`));
    try {
      const contentDir = join(root, 'content');
      makeCorpus({ articles, dir: contentDir, settingsFrom: options.settingsFrom });
      log(`${articles} articles: corpus written`);

      const eleventyMs = options.skipReference ? undefined : child('eleventy-build.ts', contentDir, join(root, 'eleventy')).ms;
      // Eleventy needs a layout file beside the articles; it is not Markdown, so our build ignores it.
      const cache = join(root, 'cache');
      const out = join(root, 'dist');
      const cold = child('publish-build.ts', contentDir, out, cache);
      const unchanged = child('publish-build.ts', contentDir, out, cache);
      const edited = join(contentDir, 'articles', `${corpusSlug(articles - 1)}.md`);
      const original = readFileSync(edited, 'utf8');
      const changed = original.replace('is the subject of this generated article', 'is the subject of this edited article');
      // An edit that changes nothing would time an unchanged rebuild under the wrong name.
      if (changed === original) throw new Error(`the benchmark's edit no longer matches ${edited}`);
      writeFileSync(edited, changed);
      const oneEdit = child('publish-build.ts', contentDir, out, cache);
      const dev = child('dev-latency.ts', contentDir, join(root, 'dev-dist'), join(root, 'dev-cache'));
      log(`${articles} articles: builds measured`);

      // The content package as a consumer installs it, holding this corpus's data.
      const packageCopy = join(root, 'package');
      mkdirSync(packageCopy);
      cpSync(join(contentPackage, 'dist'), join(packageCopy, 'dist'), {
        recursive: true,
        filter: (path) => !path.includes(`${join('dist', 'data')}`),
      });
      writeContentData(compileContent({ contentDir, now: benchToday }).content, join(packageCopy, 'dist', 'data'));
      const imported = child('import-index.mjs', join(packageCopy, 'dist', 'index.js'));

      const row: BenchRow = {
        articles,
        eleventyMs,
        coldMs: cold.ms,
        unchangedMs: unchanged.ms,
        oneEditMs: oneEdit.ms,
        devMs: dev.ms,
        peakMiB: Math.max(cold.peakMiB, unchanged.peakMiB, oneEdit.peakMiB),
        importMs: imported.ms,
      };
      rows.push(row);
      log(`${articles} articles: ${JSON.stringify(row)}`);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }
  return rows;
}

/** The results as a Markdown table, ratios against Eleventy where it ran. */
export function formatBench(rows: readonly BenchRow[]): string {
  const ratio = (ms: number, reference: number | undefined) => (reference ? ` (${(ms / reference).toFixed(2)}x)` : '');
  const lines = [
    '| articles | Eleventy 3, web only | cold, all channels | unchanged rebuild | after one edit | dev: edit to all channels | peak memory | import metadata |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map((row) =>
      [
        '',
        row.articles,
        row.eleventyMs === undefined ? 'skipped' : `${row.eleventyMs} ms`,
        `${row.coldMs} ms${ratio(row.coldMs, row.eleventyMs)}`,
        `${row.unchangedMs} ms${ratio(row.unchangedMs, row.eleventyMs)}`,
        `${row.oneEditMs} ms${ratio(row.oneEditMs, row.eleventyMs)}`,
        `${row.devMs} ms`,
        `${row.peakMiB} MiB`,
        `${row.importMs} ms`,
        '',
      ]
        .join(' | ')
        .trim(),
    ),
  ];
  return `${lines.join('\n')}\n`;
}
