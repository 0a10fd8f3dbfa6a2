// Times `npm run dev`'s loop: from saving an article to the change being in all three
// channels on disk, with a cache folder as `npm run dev` has.
// Usage: dev-latency.ts <content dir> <out dir> <cache dir>; prints a measurement.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { watchSite } from '@kap/publish';
import { benchToday } from './bench-today.js';
import { printMeasurement } from './measure.js';

const [contentDir = '', outDir = '', cache = ''] = process.argv.slice(2);
// The newest article: it is in every channel, the capped feeds too.
const slug =
  readdirSync(join(contentDir, 'articles'))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .at(-1)
    ?.replace(/\.md$/, '') ?? '';
const article = join(contentDir, 'articles', `${slug}.md`);
const channels = [join(outDir, 'articles', slug, 'index.html'), join(outDir, 'feed.xml'), join(outDir, 'text', `${slug}.txt`)];
const read = (path: string) => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
};

let published = 0;
const watcher = watchSite({
  contentDir,
  outDir,
  cache,
  now: benchToday,
  debounceMs: 5,
  onPublish: () => published++,
  onError: (error) => console.error(error),
});
await watcher.ready;
const times: number[] = [];
for (const word of ['marigold', 'juniper', 'saffron']) {
  const before = published;
  const start = performance.now();
  writeFileSync(
    article,
    read(article).replace(
      /Ketamine-assisted psychotherapy, or KAP, is the subject(?: \w+)?/,
      `Ketamine-assisted psychotherapy, or KAP, is the subject ${word}`,
    ),
  );
  while (published === before || !channels.every((path) => read(path).includes(word)))
    await new Promise((resolve) => setTimeout(resolve, 2));
  times.push(performance.now() - start);
}
watcher.close();
printMeasurement(Math.min(...times));
