import { join } from 'node:path';
import { loadContent } from '@kap/content';
import { writeSite } from '@kap/site-files';
import { buildWeb } from './build-web.js';

// Writes the site to apps/web/dist, whole: a failed build leaves the last good dist/ in place.
const dist = join(import.meta.dirname, '..', 'dist');
const files = buildWeb(await loadContent());
writeSite(files, dist);
console.log(`Built the web site: ${files.length} files in ${dist}`);
