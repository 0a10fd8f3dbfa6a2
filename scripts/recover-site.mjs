// The first step of npm run build: a build killed while swapping in the site left the
// last good one beside dist/; it goes back before anything else runs, so a build that then
// stops at a content error still leaves it in place. In a fresh clone nothing is built
// yet, and there is no site to recover either.
import { existsSync } from 'node:fs';

const recover = new URL('../packages/publish/dist/cli/recover.js', import.meta.url);
if (existsSync(recover)) await import(recover.href);
