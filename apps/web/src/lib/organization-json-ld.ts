import { absoluteUrl } from '@kap/content';
import type { Content } from '@kap/content-compiler/types';
import { pagePath, pageSlugs, sitePaths } from './web-paths.js';

/**
 * schema.org Organization data for the home page: the publisher named in site.yaml, the
 * site's address, and its editorial policy as its publishing principles when it has one.
 */
export function organizationJsonLd(content: Content): object {
  const { site } = content;
  const policy = content.pages.some((page) => page.slug === pageSlugs.editorialPolicy)
    ? { publishingPrinciples: absoluteUrl(site, pagePath(pageSlugs.editorialPolicy)) }
    : {};
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    '@id': `${absoluteUrl(site, sitePaths.home)}#organization`,
    name: site.publisher,
    url: absoluteUrl(site, sitePaths.home),
    description: site.description,
    ...policy,
  };
}
