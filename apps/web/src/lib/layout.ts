import { absoluteUrl } from '@kap/content';
import type { Content } from '@kap/content-compiler/types';
import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { pagePath, pageSlugs, sitePaths, webPaths } from './web-paths.js';

/** A `<link rel="alternate">` in the page's head: a feed or the plain-text edition. */
export interface Alternate {
  type: string;
  href: string;
  title: string;
}

/** What one page puts into the shared frame. */
export interface PageOptions {
  /** Root-relative path of the page, for its canonical URL and the current nav item. */
  path: string;
  /** The page's own title; the site title is added after it. Leave unset on the home page. */
  title?: string;
  description: string;
  /** The children of `<main>`: the first of them holds the page's one h1. */
  main: ElementContent[];
  /** Extra alternates after the site-wide feeds, such as the plain-text edition. */
  alternates?: Alternate[];
  /** Open Graph type: `article` for articles, `website` for everything else. */
  ogType?: 'article' | 'website';
  /** Extra `<meta property>` pairs, such as `article:published_time`. */
  ogExtra?: Array<[property: string, content: string]>;
  /** schema.org data for the page, written as JSON-LD. */
  jsonLd?: object;
  /** Leave the page out of search engines, as the 404 page is. */
  noindex?: boolean;
}

/** The site-wide feeds, offered for autodiscovery on every page. */
export function siteFeeds(content: Content): Alternate[] {
  const title = content.site.title;
  return [
    { type: 'application/rss+xml', href: sitePaths.rss, title: `${title} (RSS)` },
    { type: 'application/atom+xml', href: sitePaths.atom, title: `${title} (Atom)` },
    { type: 'application/feed+json', href: sitePaths.jsonFeed, title: `${title} (JSON Feed)` },
  ];
}

const navItems = [
  { label: 'Home', href: sitePaths.home },
  { label: 'Topics', href: webPaths.topics },
  { label: 'About', href: sitePaths.about },
  { label: 'Plain text edition', href: sitePaths.textIndex },
  { label: 'Feeds', href: '#site-feeds' },
];

/**
 * JSON-LD as the text of a script element. `<` is escaped so no value can close the
 * element early (`</script>`) or open a comment; JSON parsers read `\u003c` as `<`.
 */
export function jsonLdText(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

/** Builds a whole HTML document around a page's main content: head, header, nav, main, footer. */
export function renderPage(content: Content, page: PageOptions): string {
  const { site } = content;
  const canonical = absoluteUrl(site, page.path);
  const fullTitle = page.title ? `${page.title} - ${site.title}` : site.title;
  const alternates = [...siteFeeds(content), ...(page.alternates ?? [])];
  const og: Array<[string, string]> = [
    ['og:type', page.ogType ?? 'website'],
    ['og:title', page.title ?? site.title],
    ['og:description', page.description],
    ['og:url', canonical],
    ['og:site_name', site.title],
    ...(page.ogExtra ?? []),
  ];

  const head = h('head', [
    h('meta', { charSet: 'utf-8' }),
    h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    h('title', fullTitle),
    h('meta', { name: 'description', content: page.description }),
    page.noindex ? h('meta', { name: 'robots', content: 'noindex' }) : undefined,
    h('meta', { name: 'color-scheme', content: 'light dark' }),
    h('link', { rel: 'canonical', href: canonical }),
    h('link', { rel: 'stylesheet', href: sitePaths.stylesheet }),
    ...alternates.map((alternate) => h('link', { rel: 'alternate', type: alternate.type, href: alternate.href, title: alternate.title })),
    ...og.map(([property, value]) => h('meta', { property, content: value })),
    page.jsonLd ? h('script', { type: 'application/ld+json' }, jsonLdText(page.jsonLd)) : undefined,
  ]);

  const body = h('body', [
    h('a.skip-link', { href: '#main' }, 'Skip to main content'),
    h('header.site-header', [
      h('div.wrap', [
        h('p.site-title', [h('a', { href: sitePaths.home }, site.title)]),
        h('nav.site-nav', { ariaLabel: 'Site' }, [
          h(
            'ul',
            navItems.map((item) =>
              h('li', [h('a', { href: item.href, ariaCurrent: item.href === page.path ? 'page' : undefined }, item.label)]),
            ),
          ),
        ]),
      ]),
    ]),
    h('main#main.wrap', { tabIndex: -1 }, page.main),
    siteFooter(content),
  ]);

  const tree: Root = { type: 'root', children: [{ type: 'doctype' }, h('html', { lang: site.language }, [head, body])] };
  return `${toHtml(tree, { upperDoctype: true, allowDangerousHtml: true })}\n`;
}

// The pages that say how the site works, linked from every footer when the content has them.
const policyPages = [pageSlugs.editorialPolicy, pageSlugs.accessibility];

// The crisis link comes first in the footer on every page, so it is always in the same
// place (WCAG 3.2.6, consistent help).
function siteFooter(content: Content): Element {
  const policies = policyPages.flatMap((slug) => content.pages.filter((page) => page.slug === slug));
  return h('footer.site-footer', [
    h('div.wrap', [
      h('p.crisis-link', [h('a', { href: webPaths.help }, 'If you are in crisis, find help now')]),
      policies.length > 0
        ? h('nav.footer-policies', { ariaLabel: 'Site policies' }, [
            h(
              'ul.inline-list',
              policies.map((page) => h('li', [h('a', { href: pagePath(page.slug) }, page.title)])),
            ),
          ])
        : undefined,
      h('div.footer-feeds', [
        h('h2#site-feeds', 'Follow new articles'),
        h('ul.inline-list', [
          h('li', [h('a', { href: sitePaths.rss }, 'RSS feed')]),
          h('li', [h('a', { href: sitePaths.atom }, 'Atom feed')]),
          h('li', [h('a', { href: sitePaths.jsonFeed }, 'JSON Feed')]),
          h('li', [h('a', { href: sitePaths.textIndex }, 'Plain text edition')]),
        ]),
      ]),
      h('p.publisher', `Published by ${content.site.publisher}.`),
    ]),
  ]);
}
