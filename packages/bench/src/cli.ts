// npm run bench [-- --sizes 100,1000] [--out FILE]: measures the publisher against Eleventy 3.
import { writeFileSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatBench, runBench } from './run-bench.js';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000,4000,10000' },
    out: { type: 'string', default: 'packages/bench/RESULTS.md' },
  },
});
const sizes = values.sizes.split(',').map(Number);
if (sizes.some((size) => !Number.isInteger(size) || size < 2)) {
  console.error(`--sizes: expected numbers of articles like 100,1000, got "${values.sizes}"`);
  process.exit(2);
}
const rows = runBench({ sizes, settingsFrom: resolve('content'), log: (line) => console.error(line) });
const machine = `${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown CPU'}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
const table = formatBench(rows);
writeFileSync(resolve(values.out), `# Benchmark results\n\nMachine: ${machine}.\n\n${table}`);
console.log(table);
