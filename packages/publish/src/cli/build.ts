// kap-publish-build: publish every channel of the site from the content package's data into dist/.
// Usage: build [--site site/src/site.js] [--data DIR] [--out dist]
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { explainError } from '../lib/explain-error.js';
import { createProgress } from '../lib/progress.js';
import { findSite, siteOptionSpecs } from '../lib/site-options.js';
import { CacheSaveError, publishSite } from '../publish-site.js';

const { values } = parseArgs({ options: siteOptionSpecs });
const site = findSite(values);

try {
  await publishSite({
    dataDir: site.dataDir,
    outDir: site.outDir,
    channels: site.channels,
    siteModule: site.siteModule,
    progress: createProgress(),
    cache: resolve('node_modules', '.cache', 'kap-articles'),
    onWait: (holder) => console.error(`Another build (${holder}) is publishing to ${values.out}: waiting for it to finish.`),
  });
} catch (error) {
  console.error(explainError(error));
  if (process.env.DEBUG && error instanceof Error) console.error(error.stack);
  if (!(error instanceof CacheSaveError)) console.error(`Nothing was published; ${values.out} holds the last good site.`);
  process.exit(1);
}
