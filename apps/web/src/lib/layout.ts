import { absoluteUrl } from '@kap/content';
import type { Content } from '@kap/content-compiler/types';
import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { type Alternate, siteFeeds } from './feeds.js';
import { pagePath, pageSlugs, sitePaths, webPaths } from './web-paths.js';

/** A page above this one in the site's hierarchy, for the breadcrumbs. */
export interface Crumb {
  label: string;
  /** Root-relative path of that page. */
  path: string;
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
  /**
   * The pages above this one, from the home page down, shown as breadcrumbs before main
   * and described as a schema.org BreadcrumbList. None on the home page.
   */
  breadcrumbs?: Crumb[];
  /**
   * The menu item of the section the page belongs to, such as the topics for a topic's
   * page, marked `aria-current="true"`. The item of the page itself is marked "page".
   */
  section?: string;
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

/** The first crumb of every page's breadcrumbs. */
export const homeCrumb: Crumb = { label: 'Home', path: sitePaths.home };

// The site's title links home, as do the breadcrumbs: the menu leaves Home out, so it
// fits on one row of a phone.
const navItems = [
  { label: 'Topics', href: webPaths.topics },
  { label: 'About', href: sitePaths.about },
  { label: 'Subscribe', href: webPaths.subscribe },
  { label: 'Plain text', href: sitePaths.textIndex },
];

// The browser's own colours around the page (a phone's address bar), matching the
// header's band in light and dark mode: --surface in styles.css.
const themeColors = [
  { media: '(prefers-color-scheme: light)', content: '#f1eee7' },
  { media: '(prefers-color-scheme: dark)', content: '#1d2328' },
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
  const crumbs = page.breadcrumbs ?? [];
  const jsonLd = [
    page.jsonLd,
    crumbs.length > 0 ? breadcrumbJsonLd(content, crumbs, { label: page.title ?? site.title, path: page.path }) : undefined,
  ];

  const head = h('head', [
    h('meta', { charSet: 'utf-8' }),
    h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    h('title', fullTitle),
    h('meta', { name: 'description', content: page.description }),
    page.noindex ? h('meta', { name: 'robots', content: 'noindex' }) : undefined,
    h('meta', { name: 'color-scheme', content: 'light dark' }),
    ...themeColors.map((color) => h('meta', { name: 'theme-color', media: color.media, content: color.content })),
    h('link', { rel: 'canonical', href: canonical }),
    h('link', { rel: 'icon', href: webPaths.favicon, type: 'image/svg+xml' }),
    h('link', { rel: 'stylesheet', href: sitePaths.stylesheet }),
    ...alternates.map((alternate) => h('link', { rel: 'alternate', type: alternate.type, href: alternate.href, title: alternate.title })),
    ...og.map(([property, value]) => h('meta', { property, content: value })),
    ...jsonLd.flatMap((data) => (data ? [h('script', { type: 'application/ld+json' }, jsonLdText(data))] : [])),
  ]);

  const body = h('body', [
    h('a.skip-link', { href: '#main' }, 'Skip to main content'),
    h('header.site-header', [
      h('div.wrap-wide', [
        h('p.site-title', [h('a', { href: sitePaths.home }, site.title)]),
        h('nav.site-nav', { ariaLabel: 'Site' }, [
          h(
            'ul',
            navItems.map((item) => {
              const current = item.href === page.path ? 'page' : item.href === page.section ? 'true' : undefined;
              return h('li', [h('a', { href: item.href, ariaCurrent: current }, item.label)]);
            }),
          ),
        ]),
        // On paper there is no address bar: the page says where it lives.
        h('p.print-only', ['Printed from ', h('span.page-url', canonical)]),
      ]),
    ]),
    crumbs.length > 0 ? breadcrumbNav(crumbs) : undefined,
    h('main#main.wrap', { tabIndex: -1 }, page.main),
    siteFooter(content),
  ]);

  const tree: Root = { type: 'root', children: [{ type: 'doctype' }, h('html', { lang: site.language }, [head, body])] };
  return `${toHtml(tree, { upperDoctype: true, allowDangerousHtml: true })}\n`;
}

// The pages above this one, linked, before main: the skip link passes over them. The page
// itself is not repeated: its h1 follows at once.
function breadcrumbNav(crumbs: readonly Crumb[]): Element {
  return h('nav.breadcrumbs.wrap', { ariaLabel: 'Breadcrumb' }, [
    h(
      'ol',
      crumbs.map((crumb) => h('li', [h('a', { href: crumb.path }, crumb.label)])),
    ),
  ]);
}

/** schema.org BreadcrumbList data: the pages above this one, then this one, with absolute URLs. */
export function breadcrumbJsonLd(content: Content, crumbs: readonly Crumb[], current: Crumb): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: [...crumbs, current].map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.label,
      item: absoluteUrl(content.site, crumb.path),
    })),
  };
}

// The pages that say how the site works, linked from every footer when the content has them.
const policyPages = [pageSlugs.editorialPolicy, pageSlugs.accessibility];

// The crisis link comes first in the footer on every page, so it is always in the same
// place (WCAG 3.2.6, consistent help).
function siteFooter(content: Content): Element {
  const policies = policyPages.flatMap((slug) => content.pages.filter((page) => page.slug === slug));
  return h('footer.site-footer', [
    h('div.wrap-wide', [
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
          h('li', [h('a', { href: webPaths.subscribe }, 'Subscribe in a feed reader')]),
          h('li', [h('a', { href: sitePaths.textIndex }, 'Plain text edition')]),
        ]),
      ]),
      h('p.publisher', `Published by ${content.site.publisher}.`),
    ]),
  ]);
}
