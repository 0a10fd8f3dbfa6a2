import type { FeedHistory, FeedUrls } from '../types.js';

/** One RFC 5005 link of a feed document: its relation and the address in the document's own format. */
export interface HistoryLink {
  rel: 'current' | 'prev-archive' | 'next-archive';
  href: string;
}

/**
 * The RFC 5005 links of a document, in one format: `current` (the subscription feed) always,
 * then the older and the newer archive page where there is one.
 */
export function historyLinks(history: FeedHistory, format: keyof FeedUrls): HistoryLink[] {
  const links: HistoryLink[] = [{ rel: 'current', href: history.current[format] }];
  if (history.prevArchive) links.push({ rel: 'prev-archive', href: history.prevArchive[format] });
  if (history.nextArchive) links.push({ rel: 'next-archive', href: history.nextArchive[format] });
  return links;
}
