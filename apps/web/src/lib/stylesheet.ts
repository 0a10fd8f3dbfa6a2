import { absoluteUrl } from '@kap/content';
import type { SiteSettings } from '@kap/content-compiler/types';
import { styles } from './assets.js';

/**
 * The site's one stylesheet: src/assets/styles.css after a rule that gives it the site's
 * address as `--site-url`, so a printed page shows each link inside the site with its
 * whole address (`" (" var(--site-url) attr(href) ")"`), not just its path.
 */
export function stylesheet(site: Pick<SiteSettings, 'baseUrl'>): string {
  // The address without its last slash: every internal link's path starts with one.
  const siteUrl = absoluteUrl(site, '/').replace(/\/$/, '');
  return `:root {\n  --site-url: ${cssString(siteUrl)};\n}\n\n${styles}`;
}

// A CSS string: a quote, a backslash or a line break in it would end or break the rule.
function cssString(value: string): string {
  return `"${value.replace(/[\\"\n\r]/g, (char) => `\\${char.charCodeAt(0).toString(16)} `)}"`;
}
