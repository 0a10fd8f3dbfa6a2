// Times importing the content package and reading its metadata index, bodies untouched.
// Usage: import-index.ts <package entry file>; prints a measurement.
import { pathToFileURL } from 'node:url';
import { printMeasurement } from './measure.js';

const [entry = ''] = process.argv.slice(2);
const start = performance.now();
const api = (await import(pathToFileURL(entry).href)) as { getArticles(): unknown[] };
const count = api.getArticles().length;
printMeasurement(performance.now() - start);
if (count === 0) process.exit(1);
