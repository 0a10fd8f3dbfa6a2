#!/usr/bin/env node
// kap-content check [--content DIR]            validate content, write nothing
// kap-content build [--content DIR] --out DIR  validate, then write the package's data
// --today YYYY-MM-DD judges publication and review dates against another day (previews, tests).
// CONTENT_DIR, when set, overrides --content.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { compileContent } from './lib/compile-content.js';
import { ContentProblemsError, formatProblem } from './lib/problems.js';
import { writeContentData } from './lib/write-content-data.js';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { content: { type: 'string', default: 'content' }, out: { type: 'string' }, today: { type: 'string' } },
});
const command = positionals[0];
if ((command !== 'check' && command !== 'build') || (command === 'build' && !values.out)) {
  console.error('usage: kap-content check [--content DIR] | kap-content build [--content DIR] --out DIR');
  process.exit(2);
}
const contentDir = resolve(process.env.CONTENT_DIR || values.content);
const now = values.today ? new Date(`${values.today}T12:00:00Z`) : new Date();
if (Number.isNaN(now.getTime())) {
  console.error(`--today: expected a date like 2025-03-12, got "${values.today}"`);
  process.exit(2);
}

try {
  const { content, warnings } = compileContent({ contentDir, now });
  for (const warning of warnings) console.error(`warning: ${formatProblem(warning)}`);
  if (command === 'build' && values.out) writeContentData(content, resolve(values.out));
  const count = content.articles.length === 1 ? '1 article' : `${content.articles.length} articles`;
  console.log(command === 'build' ? `Wrote ${count} to ${values.out}` : `Content is valid: ${count} published`);
} catch (error) {
  if (!(error instanceof ContentProblemsError)) throw error;
  console.error(error.message);
  process.exit(1);
}
