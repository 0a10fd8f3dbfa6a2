import { join } from 'node:path';
import { loadContent } from '@kap/content';
import { writeSite } from '@kap/site-files';
import { buildFeeds } from './build-feeds.js';

// Writes every feed to apps/feed/dist/, whole: a failed build leaves dist/ as it was.
const dist = join(import.meta.dirname, '..', 'dist');
const files = buildFeeds(await loadContent());
writeSite(files, dist);
console.log(`feed: wrote ${files.length} files to ${dist}`);
