// npm run bench [-- --sizes 100,1000] [--huge] [--out FILE]: times what users run, in a
// fresh clone of this repository, against Eleventy 3's CLI on the same files.
import { writeFileSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { type BenchRow, formatBench, runBench } from './run-bench.js';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000,4000,10000' },
    huge: { type: 'boolean', default: false },
    out: { type: 'string', default: 'packages/bench/RESULTS.md' },
  },
});
const sizes = [...values.sizes.split(',').map(Number), ...(values.huge ? [100_000] : [])];
if (sizes.some((size) => !Number.isInteger(size) || size < 2)) {
  console.error(`--sizes: expected numbers of articles like 100,1000, got "${values.sizes}"`);
  process.exit(2);
}
const machine = `${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown CPU'}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
// Written after each size: a run of hours keeps what it measured if a later size fails.
const write = (rows: readonly BenchRow[]) =>
  writeFileSync(
    resolve(values.out),
    `# Benchmark results\n\nMachine: ${machine}. Code: the committed HEAD, cloned.\n\n${formatBench(rows)}`,
  );
const rows = await runBench({
  sizes,
  repo: resolve('.'),
  settingsFrom: resolve('content'),
  log: (line) => console.error(line),
  onRow: write,
});
console.log(formatBench(rows));
