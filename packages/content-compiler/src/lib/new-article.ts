import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import GithubSlugger from 'github-slugger';
import { parse } from 'yaml';

/** Options for {@link newArticle}. */
export interface NewArticleOptions {
  contentDir: string;
  title: string;
  /** The day written as `published`; today unless set. */
  now?: Date;
}

/** Why a new article could not be written, in words for the author. */
export class NewArticleError extends Error {
  override name = 'NewArticleError';
}

/**
 * Writes a draft article with today's date and the slug made from its title, and
 * returns its path. Never overwrites: an article with that slug is an error.
 */
export function newArticle(options: NewArticleOptions): string {
  const title = options.title.trim().replace(/\s+/g, ' ');
  const slug = new GithubSlugger()
    .slug(title)
    .replace(/[^a-z0-9-]/g, '')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
  if (!slug) throw new NewArticleError(`expected a title with letters or digits, got ${JSON.stringify(options.title)}`);
  const folder = join(options.contentDir, 'articles');
  const path = join(folder, `${slug}.md`);
  if (existsSync(path)) throw new NewArticleError(`${path} already exists: choose another title, or edit that article`);
  const today = (options.now ?? new Date()).toISOString().slice(0, 10);
  const topic = firstTopic(options.contentDir);
  const text = [
    '---',
    `title: ${JSON.stringify(title)}`,
    'description: One or two plain sentences that sum the article up.',
    `published: ${today}`,
    `topics: [${topic}]`,
    'tags: []',
    'draft: true',
    '---',
    '',
    'An opening paragraph that says what the article is about and who it is for.',
    '',
    '## A first section',
    '',
    'Write in short sentences. Spell out each abbreviation from the glossary on first use.',
    '',
  ].join('\n');
  mkdirSync(folder, { recursive: true });
  writeFileSync(path, text, { flag: 'wx' });
  return path;
}

function firstTopic(contentDir: string): string {
  try {
    const topics = parse(readFileSync(join(contentDir, 'topics.yaml'), 'utf8')) as { slug?: unknown }[];
    const slug = topics[0]?.slug;
    if (typeof slug === 'string') return slug;
  } catch {
    // No readable topics.yaml: the check names the topic to fix.
  }
  throw new NewArticleError(`expected ${join(contentDir, 'topics.yaml')} to list at least one topic: a new article needs one`);
}
