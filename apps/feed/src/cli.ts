import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadContent } from '@kap/content';
import { buildFeeds } from './build-feeds.js';
import { writeSiteFiles } from './lib/write-site-files.js';

// Writes every feed to apps/feed/dist/, replacing it whole; on failure dist/ stays as it was.
const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');

try {
  const files = buildFeeds(loadContent());
  writeSiteFiles(dist, files);
  console.log(`feed: wrote ${files.length} files to dist/`);
} catch (error) {
  console.error(`feed: build failed, dist/ left as it was: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
