// kap-publish-build: publish every channel of the site from the content package's data into dist/.
// Usage: build [--site site/src/site.js] [--data DIR] [--out dist]
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { dataFiles } from '@kap/content-compiler/data';
import { explainError } from '../lib/explain-error.js';
import { createProgress, formatDuration } from '../lib/progress.js';
import { findSite, siteOptionSpecs } from '../lib/site-options.js';
import { CacheSaveError, publishSite, unchangedSite } from '../publish-site.js';

const start = performance.now();
const { values } = parseArgs({ options: siteOptionSpecs });
const site = findSite(values);
const cache = resolve('node_modules', '.cache', 'kap-articles');
const progress = createProgress();

const unchanged = unchangedSite({ dataDir: site.dataDir, outDir: site.outDir, cache });
if (unchanged) {
  progress.done(`Nothing changed since the last build: ${unchanged.files} files in place (${formatDuration(performance.now() - start)})`);
  process.exit(0);
}

// A build runs with a heap sized to the data: left to itself, V8 lets the heap grow with
// the garbage of rendering to twice what the build holds. About 8 MiB for each MiB of
// metadata (it is 26 MiB of heap for 13 MB of it), at least 160.
const heapMb = Math.max(160, Math.ceil(64 + (8 * fileSize(join(site.dataDir, `${dataFiles.meta}.json`))) / 2 ** 20));
if (!process.env.KAP_PUBLISH_HEAP_MB) {
  const run = spawnSync(process.execPath, [`--max-old-space-size=${heapMb}`, '--max-semi-space-size=8', ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: { ...process.env, KAP_PUBLISH_HEAP_MB: String(heapMb) },
  });
  process.exit(run.status ?? 1);
}

try {
  await publishSite({
    dataDir: site.dataDir,
    outDir: site.outDir,
    channels: site.channels,
    siteModule: site.siteModule,
    progress,
    cache,
    onWait: (holder) => console.error(`Another build (${holder}) is publishing to ${values.out}: waiting for it to finish.`),
  });
} catch (error) {
  console.error(explainError(error));
  if (process.env.DEBUG && error instanceof Error) console.error(error.stack);
  if (!(error instanceof CacheSaveError)) console.error(`Nothing was published; ${values.out} holds the last good site.`);
  process.exit(1);
}

function fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}
