import { absoluteUrl } from '@kap/content';
import type { Content } from '@kap/content-compiler/types';
import { sitePaths } from './web-paths.js';

/** robots.txt: everything may be crawled, and the sitemap is here. */
export function robotsTxt(content: Content): string {
  return ['User-agent: *', 'Allow: /', '', `Sitemap: ${absoluteUrl(content.site, sitePaths.sitemap)}`, ''].join('\n');
}
