import { bodies } from './data/bodies.js';
import meta from './data/meta.json' with { type: 'json' };
import { deepFreeze } from './lib/deep-freeze.js';
import type {
  ArticleBody,
  ArticleMeta,
  ArticleSlug,
  Content,
  GlossaryEntry,
  Notices,
  Page,
  PageSlug,
  SiteSettings,
  Topic,
  TopicSlug,
} from './types.js';
import { UnknownSlugError } from './unknown-slug-error.js';

// Frozen once at import, so every getter can hand out the same objects safely: a
// consumer's change throws in strict mode and never reaches the next caller.
const data = deepFreeze(meta);
const articlesBySlug = new Map<string, ArticleMeta>(data.articles.map((article) => [article.slug, article]));
const topicsBySlug = new Map<string, Topic>(data.topics.map((topic) => [topic.slug, topic]));
const byTopic = new Map<string, readonly ArticleMeta[]>();

/** All published articles, newest first. */
export function getArticles(): readonly ArticleMeta[] {
  return data.articles;
}

/** Whether a string, such as a URL segment, is the slug of a published article. */
export function isArticleSlug(value: string): value is ArticleSlug {
  return articlesBySlug.has(value);
}

/** The published article with this slug. Throws {@link UnknownSlugError} for any other slug. */
export function getArticle(slug: ArticleSlug): ArticleMeta {
  const article = articlesBySlug.get(slug);
  if (!article) throw new UnknownSlugError('article', slug);
  return article;
}

/** Published articles that list the topic, newest first. Throws {@link UnknownSlugError} for an unknown topic. */
export function getArticlesByTopic(topic: TopicSlug): readonly ArticleMeta[] {
  if (!topicsBySlug.has(topic)) throw new UnknownSlugError('topic', topic);
  let list = byTopic.get(topic);
  if (!list) {
    list = Object.freeze(data.articles.filter((article) => article.topics.includes(topic)));
    byTopic.set(topic, list);
  }
  return list;
}

/** Every topic, in the order of topics.yaml. */
export function getTopics(): readonly Topic[] {
  return data.topics;
}

/** Whether a string is the slug of a topic. */
export function isTopicSlug(value: string): value is TopicSlug {
  return topicsBySlug.has(value);
}

/** The topic with this slug. Throws {@link UnknownSlugError} for any other slug. */
export function getTopic(slug: TopicSlug): Topic {
  const topic = topicsBySlug.get(slug);
  if (!topic) throw new UnknownSlugError('topic', slug);
  return topic;
}

/** The abbreviations the articles use, with their expansions. */
export function getGlossary(): readonly GlossaryEntry[] {
  return data.glossary;
}

/** The site's title, description, language, publisher, author and base URL. */
export function getSite(): SiteSettings {
  return data.site;
}

/** The disclaimer and the crisis notice, shown with the same words in every channel. */
export function getNotices(): Notices {
  return data.notices;
}

/** Stand-alone pages such as "about". */
export function getPages(): readonly Page[] {
  return data.pages;
}

/** The page with this slug. Throws {@link UnknownSlugError} for any other slug. */
export function getPage(slug: PageSlug): Page {
  const page = data.pages.find((candidate) => candidate.slug === slug);
  if (!page) throw new UnknownSlugError('page', slug);
  return page;
}

/**
 * The body of a published article as an mdast tree. Each body is its own module, loaded
 * on first request (a bundler makes it a chunk of its own). Rejects with
 * {@link UnknownSlugError} for a slug that is not published.
 */
export async function getArticleBody(slug: ArticleSlug): Promise<ArticleBody> {
  const load = Object.hasOwn(bodies, slug) ? bodies[slug] : undefined;
  if (!load) throw new UnknownSlugError('article', slug);
  return deepFreeze((await load()).default);
}

/** Everything at once, every body loaded: for code that builds from the whole content. */
export async function loadContent(): Promise<Content> {
  const loaded = new Map<string, ArticleBody>();
  for (const article of data.articles) loaded.set(article.slug, await getArticleBody(article.slug));
  return {
    ...data,
    getBody(slug) {
      const body = loaded.get(slug);
      if (!body) throw new UnknownSlugError('article', slug);
      return body;
    },
  };
}
