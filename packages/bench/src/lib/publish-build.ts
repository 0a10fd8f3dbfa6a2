// Our build of all three channels, in its own process so its memory is its own.
// Usage: publish-build.ts <content dir> <out dir> <cache dir>; prints a measurement.
import { publishSite } from '@kap/publish';
import { benchToday } from './bench-today.js';
import { printMeasurement } from './measure.js';

const [contentDir = '', outDir = '', cache = ''] = process.argv.slice(2);
const start = performance.now();
await publishSite({ contentDir, outDir, cache, now: benchToday });
printMeasurement(performance.now() - start);
