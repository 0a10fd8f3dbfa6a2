/** The XML namespaces the feeds use, by the prefix they are declared with. */
export const namespaces = {
  atom: 'http://www.w3.org/2005/Atom',
  content: 'http://purl.org/rss/1.0/modules/content/',
  dc: 'http://purl.org/dc/elements/1.1/',
  /** RFC 5005, Feed Paging and Archiving: `fh:archive` marks an archive page, `fh:complete` a feed with every article. */
  fh: 'http://purl.org/syndication/history/1.0',
} as const;
