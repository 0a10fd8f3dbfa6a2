import type { SiteSettings } from './types.js';

/**
 * Where each channel's files live on the published site, as root-relative paths. Every
 * channel links to the others through these, so the links agree in every direction.
 */
export const sitePaths = {
  home: '/',
  about: '/about/',
  /** A page of content/pages, such as `editorial-policy`: about is at `/about/`, help at `/help/`. */
  page: (slug: string) => `/${slug}/`,
  article: (slug: string) => `/articles/${slug}/`,
  topic: (slug: string) => `/topics/${slug}/`,
  textIndex: '/text/index.txt',
  text: (slug: string) => `/text/${slug}.txt`,
  rss: '/feed.xml',
  atom: '/atom.xml',
  jsonFeed: '/feed.json',
  topicRss: (slug: string) => `/topics/${slug}/feed.xml`,
  topicAtom: (slug: string) => `/topics/${slug}/atom.xml`,
  topicJsonFeed: (slug: string) => `/topics/${slug}/feed.json`,
  sitemap: '/sitemap.xml',
  stylesheet: '/styles.css',
} as const;

/** An absolute URL for a root-relative site path, under the site's base URL. */
export function absoluteUrl(site: Pick<SiteSettings, 'baseUrl'>, path: string): string {
  return new URL(path.replace(/^\//, ''), site.baseUrl).href;
}
