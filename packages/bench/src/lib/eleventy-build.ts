// The reference: Eleventy 3 building the web pages alone from the same Markdown files.
// Run in its own process: eleventy-build.ts <content dir> <out dir>; prints a measurement.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Eleventy from '@11ty/eleventy';
import { printMeasurement } from './measure.js';

const [contentDir = '', outDir = ''] = process.argv.slice(2);
// A layout about as rich as our article page's head, header, main and footer.
// Eleventy looks for layouts in _includes/ under its input folder; our compiler reads only .md files.
mkdirSync(join(contentDir, 'articles', '_includes'), { recursive: true });
writeFileSync(
  join(contentDir, 'articles', '_includes', 'article.njk'),
  [
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ title }}</title>',
    '<meta name="description" content="{{ description }}"><link rel="stylesheet" href="/styles.css"></head>',
    '<body><a href="#main">Skip to content</a><header><nav><a href="/">Home</a></nav></header>',
    '<main id="main"><h1>{{ title }}</h1><p>{{ description }}</p><p>Published <time datetime="{{ published }}">{{ published }}</time></p>',
    '{{ content | safe }}</main><footer><a href="/about/">About</a></footer></body></html>',
  ].join('\n'),
);
writeFileSync(join(contentDir, 'articles', 'articles.11tydata.json'), JSON.stringify({ layout: 'article.njk' }));

const start = performance.now();
const eleventy = new Eleventy(join(contentDir, 'articles'), outDir, { quietMode: true });
await eleventy.write();
printMeasurement(performance.now() - start);
