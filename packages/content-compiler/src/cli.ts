#!/usr/bin/env node
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildContentData } from './build-content-data.js';
import { ContentDirError, resolveContentDir } from './lib/content-dir.js';
import { ContentProblemsError, formatProblem } from './lib/problems.js';

const isFileSystemError = (error: unknown) => error instanceof Error && 'code' in error && 'syscall' in error;

const usage = `Usage:
  kap-content check [--content DIR]                          validate the content, write nothing
  kap-content build [--content DIR] --out DIR [--cache DIR]
                                                             validate, then write the package's data
  kap-content new "Title of the article" [--content DIR]     write a draft article, dated today

Options:
  --content DIR      the content folder (default: content); CONTENT_DIR, when set, wins
  --out DIR          where the data modules go (only what changed is written)
  --cache DIR        keep compiled articles here: the next build compiles only what changed
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
      cache: { type: 'string' },
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
if (command !== 'check' && command !== 'build' && command !== 'new') fail(usage);
if (command === 'build' && !values.out) fail(`build needs --out DIR\n\n${usage}`);
let contentDir = '';
try {
  contentDir = command === 'new' && !process.env.CONTENT_DIR ? resolve(values.content) : resolveContentDir(values.content);
} catch (error) {
  if (!(error instanceof ContentDirError)) throw error;
  fail(error.message, 1);
}
const now = values.today ? new Date(`${values.today}T12:00:00Z`) : new Date();
if (Number.isNaN(now.getTime())) fail(`--today: expected a date like 2025-03-12, got "${values.today}"`);

if (command === 'new') {
  const title = positionals.slice(1).join(' ');
  if (!title.trim()) fail(`new needs a title, like: npm run new -- "What to expect in a first session"\n\n${usage}`);
  try {
    // Each command loads what it needs: a build with nothing to do never loads the parsers.
    const { newArticle } = await import('./lib/new-article.js');
    const path = newArticle({ contentDir, title, now });
    console.log(`Wrote a draft: ${relative(process.cwd(), path)}\nWrite it, set draft: false, then run npm run check.`);
    process.exit(0);
  } catch (error) {
    if ((error as Error).name !== 'NewArticleError' && !isFileSystemError(error)) throw error;
    fail(`Cannot write the article: ${(error as Error).message}`, 1);
  }
}

try {
  if (command === 'build' && values.out) {
    const built = await buildContentData({
      contentDir,
      outDir: resolve(values.out),
      now,
      ...(values.cache ? { cache: resolve(values.cache) } : {}),
    });
    for (const warning of built.warnings) console.error(`warning: ${formatProblem(warning)}`);
    const count = built.articles === 1 ? '1 article' : `${built.articles} articles`;
    const work = built.unchanged ? 'nothing changed' : `${built.compiled} compiled, ${built.written} bodies written`;
    console.log(`Content data: ${count} in ${values.out} (${work})`);
  } else {
    const { compileContent } = await import('./lib/compile-content.js');
    const { content, warnings } = compileContent({ contentDir, now });
    for (const warning of warnings) console.error(`warning: ${formatProblem(warning)}`);
    const count = content.articles.length === 1 ? '1 article' : `${content.articles.length} articles`;
    console.log(`Content is valid: ${count} published`);
  }
} catch (error) {
  if (error instanceof ContentProblemsError) fail(error.message, 1);
  if (isFileSystemError(error)) fail(`Cannot build the content data: ${(error as Error).message}`, 1);
  throw error;
}
