#!/usr/bin/env node
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { compileContent } from './lib/compile-content.js';
import { ContentProblemsError, formatProblem } from './lib/problems.js';
import { writeContentData } from './lib/write-content-data.js';

const usage = `Usage:
  kap-content check [--content DIR]                          validate the content, write nothing
  kap-content build [--content DIR] --out DIR [--types FILE] validate, then write the package's data

Options:
  --content DIR      the content folder (default: content); CONTENT_DIR, when set, wins
  --out DIR          where the data modules go (written beside it, then swapped in)
  --types FILE       also write the slugs' literal types as a TypeScript module
  --today YYYY-MM-DD judge publication and review dates against another day
  --help             print this help`;

function fail(message: string, code = 2): never {
  console.error(message);
  process.exit(code);
}

let parsed: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    allowPositionals: true,
    options: {
      content: { type: 'string', default: 'content' },
      out: { type: 'string' },
      types: { type: 'string' },
      today: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}
try {
  parsed = parse();
} catch (error) {
  fail(`${(error as Error).message}\n\n${usage}`);
}
const { positionals, values } = parsed;
if (values.help) {
  console.log(usage);
  process.exit(0);
}
const command = positionals[0];
if (command !== 'check' && command !== 'build') fail(usage);
if (command === 'build' && !values.out) fail(`build needs --out DIR\n\n${usage}`);
const contentDir = resolve(process.env.CONTENT_DIR || values.content);
const now = values.today ? new Date(`${values.today}T12:00:00Z`) : new Date();
if (Number.isNaN(now.getTime())) fail(`--today: expected a date like 2025-03-12, got "${values.today}"`);

try {
  const { content, warnings } = compileContent({ contentDir, now });
  for (const warning of warnings) console.error(`warning: ${formatProblem(warning)}`);
  if (command === 'build' && values.out) {
    writeContentData(content, resolve(values.out), values.types ? { typesFile: resolve(values.types) } : {});
  }
  const count = content.articles.length === 1 ? '1 article' : `${content.articles.length} articles`;
  console.log(command === 'build' ? `Wrote ${count} to ${values.out}` : `Content is valid: ${count} published`);
} catch (error) {
  if (!(error instanceof ContentProblemsError)) throw error;
  fail(error.message, 1);
}
