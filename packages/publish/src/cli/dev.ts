// kap-publish-dev: build the content data and publish, serve dist/ on localhost, and do
// both again on every content change; open pages reload by themselves, or show the error.
// Usage: dev [--site site/src/site.js] [--out dist] [--port 4321]
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblem } from '@kap/content-compiler/data';
import { contentDirOrExit } from '../lib/content-dir-or-exit.js';
import { explainError } from '../lib/explain-error.js';
import { createLiveReload } from '../lib/live-reload.js';
import { formatDuration } from '../lib/progress.js';
import { findSite, siteOptionSpecs } from '../lib/site-options.js';
import { serveSite } from '../serve-site.js';
import { watchSite } from '../watch-site.js';

const { values } = parseArgs({ options: { ...siteOptionSpecs, port: { type: 'string', default: process.env.PORT ?? '4321' } } });
const site = findSite(values);
const contentDir = contentDirOrExit();
const liveReload = createLiveReload();

const watcher = watchSite({
  contentDir,
  dataDir: site.dataDir,
  outDir: site.outDir,
  channels: await site.channels(),
  siteModule: site.siteModule,
  contentCache: resolve('node_modules', '.cache', 'kap-content'),
  publishCache: resolve('node_modules', '.cache', 'kap-articles'),
  onPublish: (published, content, ms) => {
    for (const warning of content.warnings) console.error(`warning: ${formatProblem(warning)}`);
    console.log(
      `${new Date().toLocaleTimeString()} published ${published.articles} articles, ${published.files} files in ${formatDuration(ms)}`,
    );
    liveReload.published();
  },
  onError: (error) => {
    const message = explainError(error);
    console.error(message);
    console.error('The last good site is still served. Fix the problem and save again.');
    liveReload.failed(message);
  },
});
await watcher.ready;
const { server, url } = await serveSite({ root: site.outDir, port: Number(values.port), liveReload });
console.log(`Serving ${values.out} at ${url}; watching ${contentDir} (Ctrl+C to stop)`);

// Stopped: the build under way finishes and releases the site's lock, and the caches are
// saved, so the next build neither waits for a lock nor starts cold.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    liveReload.close();
    server.close();
    void watcher.close().then(() => process.exit(0));
  });
}
