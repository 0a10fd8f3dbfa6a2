import { sitePaths } from '@kap/content';

/**
 * Pages only the web site has, next to the shared {@link sitePaths}. They live here
 * rather than in the content package because no other channel links to them.
 */
export const webPaths = {
  /** Where a reader in crisis finds help: the crisis notice on a page of its own. */
  help: '/help/',
  /** Every topic, with its description. */
  topics: '/topics/',
  notFound: '/404.html',
  robots: '/robots.txt',
} as const;

/** Where a page from content/pages lives: the about page at sitePaths.about, others at `/<slug>/`. */
export function pagePath(slug: string): string {
  return slug === 'about' ? sitePaths.about : `/${slug}/`;
}

export { sitePaths };
