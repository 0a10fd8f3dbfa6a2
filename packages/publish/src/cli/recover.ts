// kap-publish-recover: put the last good site back at dist/ if a build was killed while
// swapping it in. `npm run build` runs it first, so a build that then stops at a content
// error still leaves the last good site in place.
// Usage: recover [--out dist]
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { explainError } from '../lib/explain-error.js';
import { recoverLastSite } from '../recover-last-site.js';

const { values } = parseArgs({ options: { out: { type: 'string', default: 'dist' } } });
try {
  await recoverLastSite(resolve(values.out));
} catch (error) {
  console.error(explainError(error));
  console.error(`Nothing was published; ${values.out} holds the last good site.`);
  process.exit(1);
}
