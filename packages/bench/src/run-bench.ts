import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { devLatency } from './lib/dev-latency.js';
import { eleventyInput } from './lib/eleventy-input.js';
import { forgetBuilds, forgetContent, freshClone } from './lib/fresh-clone.js';
import { type Measurement, timeCommand } from './lib/time-command.js';
import { corpusSlug, makeCorpus } from './make-corpus.js';

/** Options for {@link runBench}. */
export interface RunBenchOptions {
  sizes: number[];
  /** The repository whose committed code is measured: it is cloned, never built in place. */
  repo: string;
  /** The real content folder, whose settings the corpus copies. */
  settingsFrom: string;
  log?: (line: string) => void;
  /** Called with every row so far as each size is measured, so a long run keeps what it measured. */
  onRow?: (rows: readonly BenchRow[]) => void;
}

/** The figures for one corpus size: milliseconds of whole commands, and MiB. */
export interface BenchRow {
  articles: number;
  eleventyMs: number;
  /** `npm run build` in a fresh clone: no build outputs, no caches of any kind. */
  firstMs: number;
  /** `npm run build` with the code built but nothing built from this content. */
  coldMs: number;
  /** `npm run build` again, nothing changed. */
  unchangedMs: number;
  /** `npm run build` after editing one article. */
  oneEditMs: number;
  /** `npm run dev`: from saving an article to the change in all three channels on disk. */
  devMs: number;
  /** The largest resident set of any process of the first build (the code's too: tsup, TypeScript), workers included. */
  firstPeakMiB: number;
  /** The largest resident set of any process of the content builds (cold, unchanged, one edit), workers included. */
  peakMiB: number;
  /** Importing the content package holding this corpus and reading its metadata, in plain node. */
  importMs: number;
}

const npm = (clone: string, contentDir: string): Measurement =>
  timeCommand('npm', ['run', 'build'], { cwd: clone, env: { CONTENT_DIR: contentDir, KAP_CWD: clone, CI: 'true' } });

/**
 * Measures what users run, as whole processes: in a fresh clone of the repository, the
 * README's build command with CONTENT_DIR set to a generated corpus (first build after the
 * clone, cold content build, unchanged, one edit), the dev loop, and importing the content
 * package; and Eleventy 3's own CLI building web pages from the same files, the reference.
 */
export async function runBench(options: RunBenchOptions): Promise<BenchRow[]> {
  const log = options.log ?? (() => {});
  const root = mkdtempSync(join(tmpdir(), 'kap-bench-'));
  const rows: BenchRow[] = [];
  try {
    const clone = freshClone(options.repo, join(root, 'clone'));
    log(`cloned ${options.repo} and installed its dependencies`);
    for (const articles of options.sizes) {
      const contentDir = join(root, `content-${articles}`);
      makeCorpus({ articles, dir: contentDir, settingsFrom: options.settingsFrom });
      const eleventy = timeCommand(process.execPath, eleventyInput(clone, contentDir, join(root, `eleventy-${articles}`)), { cwd: root });
      log(`${articles} articles: Eleventy ${eleventy.ms} ms`);

      forgetBuilds(clone);
      const first = npm(clone, contentDir);
      forgetContent(clone);
      const cold = npm(clone, contentDir);
      const unchanged = npm(clone, contentDir);
      const edited = join(contentDir, 'articles', `${corpusSlug(articles - 1)}.md`);
      const original = readFileSync(edited, 'utf8');
      const changed = original.replace('is the subject of this generated article', 'is the subject of this edited article');
      // An edit that changes nothing would time an unchanged rebuild under the wrong name.
      if (changed === original) throw new Error(`the benchmark's edit no longer matches ${edited}`);
      writeFileSync(edited, changed);
      const oneEdit = npm(clone, contentDir);
      log(`${articles} articles: builds measured`);
      const devMs = await devLatency(clone, contentDir);
      // The clone's content package now holds this corpus's data, as a consumer installs it.
      const script = join(clone, 'packages', 'bench', 'src', 'lib', 'import-index.mjs');
      const imported = timeCommand(process.execPath, [script, join(clone, 'packages', 'content', 'dist', 'index.js')], { cwd: root });
      const row: BenchRow = {
        articles,
        eleventyMs: eleventy.ms,
        firstMs: first.ms,
        coldMs: cold.ms,
        unchangedMs: unchanged.ms,
        oneEditMs: oneEdit.ms,
        devMs,
        firstPeakMiB: first.peakMiB,
        peakMiB: Math.max(cold.peakMiB, unchanged.peakMiB, oneEdit.peakMiB),
        importMs: importedMs(imported),
      };
      rows.push(row);
      log(`${articles} articles: ${JSON.stringify(row)}`);
      options.onRow?.(rows);
      rmSync(contentDir, { recursive: true, force: true });
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  return rows;
}

// The import's own time, as the script measures and prints it: not node's start-up.
function importedMs(run: Measurement): number {
  const printed = JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '{}') as { ms?: number };
  if (typeof printed.ms !== 'number') throw new Error(`the import script printed no time: ${run.stdout}`);
  return printed.ms;
}

/** The results as a Markdown table, each time a ratio to Eleventy's. */
export function formatBench(rows: readonly BenchRow[]): string {
  const ratio = (ms: number, reference: number) => ` (${(ms / reference).toFixed(2)}x)`;
  const lines = [
    '| articles | Eleventy 3 CLI, web only | first build after clone | cold content build | unchanged | after one edit | dev: edit to all channels | peak memory, first build | peak memory, content builds | import metadata |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map((row) =>
      [
        '',
        row.articles,
        `${row.eleventyMs} ms`,
        `${row.firstMs} ms${ratio(row.firstMs, row.eleventyMs)}`,
        `${row.coldMs} ms${ratio(row.coldMs, row.eleventyMs)}`,
        `${row.unchangedMs} ms${ratio(row.unchangedMs, row.eleventyMs)}`,
        `${row.oneEditMs} ms${ratio(row.oneEditMs, row.eleventyMs)}`,
        `${row.devMs} ms`,
        `${row.firstPeakMiB} MiB`,
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
