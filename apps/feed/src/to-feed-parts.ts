import type { ArticleMeta, Content } from '@kap/content-compiler/types';
import { renderItemContent } from './lib/render-item-content.js';

// The name an item's rendered content is kept under in a parts memo.
export const feedContentPart = 'feed-content';

/**
 * An article's pieces of the feeds, by the part names {@link buildFeeds} looks them up by
 * in its memo: its item's full content, the one piece that needs the article's body. A
 * publisher makes it where the body is at hand, with the article's own files, and keeps
 * it: the archive pages, which hold every article, are then written without reading a body.
 */
export function toFeedParts(content: Content, article: ArticleMeta): Record<string, string> {
  return { [feedContentPart]: renderItemContent(content, article) };
}
