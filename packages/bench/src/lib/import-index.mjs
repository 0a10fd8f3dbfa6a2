// Times importing the content package and reading its metadata index, bodies untouched.
// Plain JavaScript, run by plain node as a consumer would, with no TypeScript loader.
// Usage: node import-index.mjs <package entry file>; prints a measurement.
import { pathToFileURL } from 'node:url';

const [entry = ''] = process.argv.slice(2);
const start = performance.now();
const api = await import(pathToFileURL(entry).href);
const count = api.getArticles().length;
const ms = performance.now() - start;
console.log(JSON.stringify({ ms: Math.round(ms), peakMiB: Math.round(process.resourceUsage().maxRSS / 1024) }));
if (count === 0) process.exit(1);
