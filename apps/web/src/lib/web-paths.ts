import { sitePaths } from '@kap/content';

/**
 * Pages only the web site has, next to the shared {@link sitePaths}. They live here
 * rather than in the content package because no other channel links to them.
 */
export const webPaths = {
  /** Where a reader in crisis finds help: the crisis notice on a page of its own. */
  help: '/help/',
  /** Every topic, with its description. Shared: feeds name it as their topics' category scheme. */
  topics: sitePaths.topics,
  /** What a feed is, how to follow one, and the address of every feed to copy. */
  subscribe: '/subscribe/',
  /** The icon browsers show in tabs and bookmarks, drawn as SVG. */
  favicon: '/favicon.svg',
  /** The same icon for browsers and tools that ask for it at its old fixed address. */
  faviconIco: '/favicon.ico',
  notFound: '/404.html',
  robots: '/robots.txt',
} as const;

/**
 * Pages of content/pages the web site gives a place of their own: `help.md` is the help
 * page, at {@link webPaths.help}; the others are linked from every page's footer.
 */
export const pageSlugs = {
  help: 'help',
  editorialPolicy: 'editorial-policy',
  accessibility: 'accessibility',
} as const;

/** Where a page from content/pages lives, `/<slug>/`: about at sitePaths.about, help at webPaths.help. */
export function pagePath(slug: string): string {
  return sitePaths.page(slug);
}

export { sitePaths };
