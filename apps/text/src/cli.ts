import { join } from 'node:path';
import { loadContent } from '@kap/content';
import { writeSite } from '@kap/site-files';
import { buildText } from './build-text.js';

// Writes text/<slug>.txt and text/index.txt under apps/text/dist/, whole: a failed build
// leaves the last good dist/ as it was.
const dist = join(import.meta.dirname, '..', 'dist');
const files = buildText(await loadContent());
writeSite(files, dist);
console.log(`text: wrote ${files.length} files to ${dist}`);
