// Benchmarks are not tests: this only checks that the benchmark runs, at a small size.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatBench, runBench } from '../src/run-bench.js';

describe('the benchmark', () => {
  it('runs end to end at 20 articles and reports every figure', () => {
    const rows = runBench({ sizes: [20], settingsFrom: join(import.meta.dirname, '..', '..', '..', 'content') });
    expect(rows).toHaveLength(1);
    const [row] = rows;
    expect(row?.articles).toBe(20);
    for (const figure of [row?.eleventyMs, row?.coldMs, row?.unchangedMs, row?.oneEditMs, row?.devMs, row?.peakMiB, row?.importMs]) {
      expect(figure).toBeGreaterThan(0);
    }
    const table = formatBench(rows).split('\n');
    expect(table[0]).toBe(
      '| articles | Eleventy 3, web only | cold, all channels | unchanged rebuild | after one edit | dev: edit to all channels | peak memory | import metadata |',
    );
    expect(table[2]).toMatch(
      /^\| 20 \| \d+ ms \| \d+ ms \(\d+\.\d\dx\) \| \d+ ms \(\d+\.\d\dx\) \| \d+ ms \(\d+\.\d\dx\) \| \d+ ms \| \d+ MiB \| \d+ ms \|$/,
    );
  });
});
