// Benchmarks are not tests: this only checks that the benchmark runs, at a small size.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatBench, runBench } from '../src/run-bench.js';

const repo = join(import.meta.dirname, '..', '..', '..');

describe('the benchmark', () => {
  it('runs end to end at 20 articles in a fresh clone and reports every figure', async () => {
    const rows = await runBench({ sizes: [20], repo, settingsFrom: join(repo, 'content') });
    expect(rows).toHaveLength(1);
    const [row] = rows;
    expect(row?.articles).toBe(20);
    for (const figure of [
      row?.eleventyMs,
      row?.firstMs,
      row?.coldMs,
      row?.unchangedMs,
      row?.oneEditMs,
      row?.devMs,
      row?.firstPeakMiB,
      row?.peakMiB,
    ]) {
      expect(figure).toBeGreaterThan(0);
    }
    expect(row?.importMs).toBeGreaterThanOrEqual(0);
    const table = formatBench(rows).split('\n');
    expect(table[0]).toBe(
      '| articles | Eleventy 3 CLI, web only | first build after clone | cold content build | unchanged | after one edit | dev: edit to all channels | peak memory, first build | peak memory, content builds | import metadata |',
    );
    expect(table[2]).toMatch(
      /^\| 20 \| \d+ ms \| \d+ ms \(\d+\.\d\dx\) \| \d+ ms \(\d+\.\d\dx\) \| \d+ ms \(\d+\.\d\dx\) \| \d+ ms \(\d+\.\d\dx\) \| \d+ ms \| \d+ MiB \| \d+ MiB \| \d+ ms \|$/,
    );
  });
});
