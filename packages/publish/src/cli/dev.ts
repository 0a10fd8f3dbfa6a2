// npm run dev: publish, serve dist/ on localhost, and publish again on every content
// change. `tsx watch` restarts this process when the code changes.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDirOrExit } from '../lib/content-dir-or-exit.js';
import { explainError } from '../lib/explain-error.js';
import { formatDuration } from '../lib/progress.js';
import { reportWarnings } from '../lib/report-problems.js';
import { serveSite } from '../serve-site.js';
import { watchSite } from '../watch-site.js';

const { values } = parseArgs({
  options: { out: { type: 'string', default: 'dist' }, port: { type: 'string', default: process.env.PORT ?? '4321' } },
});
const contentDir = contentDirOrExit();
const outDir = resolve(values.out);

const watcher = watchSite({
  contentDir,
  outDir,
  cache: resolve('node_modules', '.cache', 'kap-articles'),
  onPublish: (site, ms) => {
    reportWarnings(site.warnings);
    console.log(`${new Date().toLocaleTimeString()} published ${site.articles} articles, ${site.files} files in ${formatDuration(ms)}`);
  },
  onError: (error) => {
    console.error(explainError(error));
    console.error('The last good site is still served. Fix the problem and save again.');
  },
});
await watcher.ready;
const { url } = await serveSite({ root: outDir, port: Number(values.port) });
console.log(`Serving ${values.out} at ${url}; watching ${contentDir} (Ctrl+C to stop)`);
