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
  /** Every topic, with its description: the vocabulary that feeds name as their topics' category scheme. */
  topics: '/topics/',
  textIndex: '/text/index.txt',
  text: (slug: string) => `/text/${slug}.txt`,
  rss: '/feed.xml',
  atom: '/atom.xml',
  jsonFeed: '/feed.json',
  topicRss: (slug: string) => `/topics/${slug}/feed.xml`,
  topicAtom: (slug: string) => `/topics/${slug}/atom.xml`,
  topicJsonFeed: (slug: string) => `/topics/${slug}/feed.json`,
  /**
   * Page `page` (from 1, the oldest) of a feed's archive, in the same format as the feed at
   * `feedPath`: `/feed.xml` page 2 is `/feed-archive/2/feed.xml`, `/topics/ptsd/atom.xml`
   * page 1 is `/topics/ptsd/feed-archive/1/atom.xml`. Keeping the feed's file name keeps its
   * media type on any host that sets one by name.
   */
  feedArchive: (feedPath: string, page: number) => feedPath.replace(/[^/]+$/, (name) => `feed-archive/${page}/${name}`),
  sitemap: '/sitemap.xml',
  stylesheet: '/styles.css',
} as const;

/** An absolute URL for a root-relative site path, under the site's base URL. */
export function absoluteUrl(site: Pick<SiteSettings, 'baseUrl'>, path: string): string {
  return new URL(path.replace(/^\//, ''), site.baseUrl).href;
}
