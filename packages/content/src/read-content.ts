import { readFileSync } from 'node:fs';
import { bodiesFolder, type ContentIndex, indexFile } from './lib/content-data.js';
import type { ArticleBody, ArticleMeta, Content, GlossaryEntry, Notices, Page, SiteSettings, Topic } from './types.js';

const dataDir = new URL('./data/', import.meta.url);
let index: ContentIndex | undefined;
let bySlug: Map<string, ArticleMeta> | undefined;

// Read on first use, not at import: importing the package costs nothing.
function load(): ContentIndex {
  index ??= JSON.parse(readFileSync(new URL(indexFile, dataDir), 'utf8')) as ContentIndex;
  return index;
}

/** All published articles, newest first. */
export function getArticles(): ArticleMeta[] {
  return [...load().articles];
}

/** The published article with this slug, or undefined. */
export function getArticle(slug: string): ArticleMeta | undefined {
  bySlug ??= new Map(load().articles.map((article) => [article.slug, article]));
  return bySlug.get(slug);
}

/** Published articles that list the topic, newest first. */
export function getArticlesByTopic(topic: string): ArticleMeta[] {
  return load().articles.filter((article) => article.topics.includes(topic));
}

/** Every topic, in the order of topics.yaml. */
export function getTopics(): Topic[] {
  return [...load().topics];
}

/** The topic with this slug, or undefined. */
export function getTopic(slug: string): Topic | undefined {
  return load().topics.find((topic) => topic.slug === slug);
}

/** The abbreviations the articles use, with their expansions. */
export function getGlossary(): GlossaryEntry[] {
  return [...load().glossary];
}

/** The site's title, description, language, publisher, author and base URL. */
export function getSite(): SiteSettings {
  return { ...load().site };
}

/** The disclaimer and the crisis notice, shown with the same words in every channel. */
export function getNotices(): Notices {
  return load().notices;
}

/** Stand-alone pages such as "about". */
export function getPages(): Page[] {
  return [...load().pages];
}

/**
 * The body of a published article as an mdast tree, read from disk on demand so the
 * metadata stays small. Throws for a slug that is not published.
 */
export function getArticleBody(slug: string): ArticleBody {
  if (!getArticle(slug)) throw new Error(`No published article has the slug "${slug}"`);
  return JSON.parse(readFileSync(new URL(`${bodiesFolder}/${slug}.json`, dataDir), 'utf8')) as ArticleBody;
}

/** Everything at once, in the shape the channels build from. */
export function loadContent(): Content {
  return { ...load(), getBody: getArticleBody };
}
