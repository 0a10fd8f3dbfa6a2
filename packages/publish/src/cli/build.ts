// npm run build: publish all three channels from content/ (or CONTENT_DIR) into dist/.
// Usage: build.ts [--out DIR] [--today YYYY-MM-DD]
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDirOrExit } from '../lib/content-dir-or-exit.js';
import { explainError } from '../lib/explain-error.js';
import { createProgress } from '../lib/progress.js';
import { reportWarnings } from '../lib/report-problems.js';
import { CacheSaveError, publishSite } from '../publish-site.js';

const { values } = parseArgs({ options: { out: { type: 'string', default: 'dist' }, today: { type: 'string' } } });
const contentDir = contentDirOrExit();
const outDir = resolve(values.out);

try {
  const published = await publishSite({
    contentDir,
    outDir,
    progress: createProgress(),
    cache: resolve('node_modules', '.cache', 'kap-articles'),
    onWait: (holder) => console.error(`Another build (${holder}) is publishing to ${values.out}: waiting for it to finish.`),
    ...(values.today ? { now: new Date(`${values.today}T12:00:00Z`) } : {}),
  });
  reportWarnings(published.warnings);
} catch (error) {
  console.error(explainError(error));
  if (process.env.DEBUG && error instanceof Error) console.error(error.stack);
  if (!(error instanceof CacheSaveError)) console.error(`Nothing was published; ${values.out} holds the last good site.`);
  process.exit(1);
}
