import { type ContentData, readArticleBody } from '@kap/content-compiler/data';
import type { ArticleMeta, Content } from '@kap/content-compiler/types';
import type { SiteFile } from '@kap/site-files';
import type { Channel, ChannelBuild } from '../channel.js';

/** Where an article's pieces of the listings go: by slug, each piece by its part name. */
export type KeepParts = (slug: string, parts: Record<string, string>) => void;

/** The content of a data folder as channels read it: bodies are read when asked for. */
export function contentOf(data: ContentData): Content {
  return {
    ...data.index,
    getBody(slug) {
      const name = data.bodies.get(slug);
      if (name === undefined) throw new Error(`No published article has the slug "${slug}"`);
      return readArticleBody(data.dir, name);
    },
  };
}

/** Every channel started for one publish. */
export function startChannels(channels: readonly Channel[], content: Content): ChannelBuild[] {
  return channels.map((channel) => channel.start(content));
}

/**
 * Builds one article's own files in every channel, and its pieces of the listings (`keep`).
 * The same on the main thread and in a worker: its body is read once, serves every
 * channel and is dropped after, so memory holds one body at a time. Returns the files' paths.
 */
export function runArticleJob(
  article: ArticleMeta,
  data: ContentData,
  builds: readonly ChannelBuild[],
  emit: (file: SiteFile) => void,
  keep: KeepParts,
): string[] {
  const name = data.bodies.get(article.slug);
  if (name === undefined) throw new Error(`No body for "${article.slug}" in ${data.dir}`);
  const body = readArticleBody(data.dir, name);
  const paths: string[] = [];
  const parts: Record<string, string> = {};
  for (const build of builds) {
    const made = build.articleFiles(article, body);
    for (const file of made.files) {
      emit(file);
      paths.push(file.path);
    }
    Object.assign(parts, made.parts);
  }
  keep(article.slug, parts);
  return paths;
}
