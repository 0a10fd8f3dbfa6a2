import type { ArticleMeta, Content, Heading } from '@kap/content-compiler/types';
import { toHast } from '@kap/render';
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { articleJsonLd } from '../article-json-ld.js';
import { crisisActions } from '../crisis-actions.js';
import { type Crumb, homeCrumb, renderPage } from '../layout.js';
import { readingTime } from '../reading-time.js';
import { relatedArticles } from '../related-articles.js';
import { renderNotice } from '../render-notice.js';
import { renderTime } from '../render-time.js';
import { reviewStatus } from '../review-status.js';
import { sourcesHeadingId, sourcesSection } from '../sources-section.js';
import { topicLinks } from '../topic-links.js';
import { treeChildren } from '../tree-children.js';
import { sitePaths, webPaths } from '../web-paths.js';

/** Articles with fewer sections than this read fine without a table of contents. */
export const tocThreshold = 3;

/** The id of the crisis notice in full, which the short notice at the top links to. */
export const crisisNoticeId = 'crisis-notice';

/**
 * The HTML of one article's page. The article comes first: the title, the summary, a
 * line of dates and reading time, the review, then at once the body, so its first
 * paragraph is on the first screen of a phone. Before the body there is only what must be
 * near the top: the crisis notice's title with links that call or text 988, when the
 * article mentions suicide. The contents, folded, follow the body's opening paragraphs,
 * before its first section; the notice in full follows the body.
 */
export function articlePage(content: Content, article: ArticleMeta): string {
  const body = treeChildren(toHast(content.getBody(article.slug), { glossary: content.glossary }));
  const textPath = sitePaths.text(article.slug);
  const related = relatedArticles(content.articles, article);

  const main: ElementContent[] = [
    h('article.article', [
      h('header.article-header', [
        h('h1', article.title),
        h('p.summary', article.description),
        h('div.article-meta', [
          articleFacts(content, article),
          h('p.text-edition', [h('a', { href: textPath }, 'Read this article in the plain text edition')]),
        ]),
      ]),
      article.needsCrisisNotice ? crisisBanner(content) : undefined,
      h('div.article-body', withContents(body, tableOfContents(article.headings, article.references.length > 0))),
      article.needsCrisisNotice
        ? renderNotice(content.notices.crisis, { id: crisisNoticeId, className: 'notice-crisis', after: [crisisActions()] })
        : undefined,
      sourcesSection(article.references),
      renderNotice(content.notices.disclaimer, { id: 'disclaimer', className: 'notice-disclaimer' }),
      h('nav.article-topics', { ariaLabelledBy: 'article-topics' }, [
        h('h2#article-topics', 'Topics of this article'),
        topicLinks(content, article.topics),
      ]),
    ]),
    ...(related.length > 0 ? [relatedSection(related)] : []),
  ];

  // An article sits under its first topic, the one its editors list first.
  const topic = content.topics.find((candidate) => candidate.slug === article.topics[0]);
  const breadcrumbs: Crumb[] = topic
    ? [homeCrumb, { label: 'Topics', path: webPaths.topics }, { label: topic.title, path: sitePaths.topic(topic.slug) }]
    : [homeCrumb];

  return renderPage(content, {
    path: sitePaths.article(article.slug),
    title: article.title,
    description: article.description,
    main,
    breadcrumbs,
    section: topic ? webPaths.topics : sitePaths.home,
    alternates: [{ type: 'text/plain', href: textPath, title: `${article.title} (plain text edition)` }],
    ogType: 'article',
    ogExtra: [
      ['article:published_time', article.published],
      ['article:modified_time', article.modified],
      ...article.tags.map((tag): [string, string] => ['article:tag', tag]),
    ],
    jsonLd: articleJsonLd(content.site, article),
  });
}

// Other articles on the article's topics, each with its summary, after the article.
function relatedSection(related: readonly ArticleMeta[]): Element {
  return h('nav.related', { ariaLabelledBy: 'related-title' }, [
    h('h2#related-title', 'Related articles'),
    h(
      'ul',
      related.map((other) => h('li', [h('a', { href: sitePaths.article(other.slug) }, other.title), h('p', other.description)])),
    ),
  ]);
}

// Published and updated dates, the reading time and the review, in one paragraph of
// short sentences, read the same way by eye and by ear.
function articleFacts(content: Content, article: ArticleMeta): Element {
  const updated = article.updated ? [' Updated ', renderTime(article.updated), '.'] : [];
  return h('p.article-facts', [
    'Published ',
    renderTime(article.published),
    '.',
    ...updated,
    ` ${readingTime(article.readingMinutes)} to read. `,
    reviewStatus(content, article),
  ]);
}

// The crisis notice's title, in the notice's own words, then links that call or text 988
// and a link to the notice in full, after the article's body: short enough to leave the
// article on the first screen, and still the first thing after the article's header.
function crisisBanner(content: Content): Element {
  return h('aside.crisis-banner', { ariaLabel: 'Crisis help' }, [
    h('p', [
      h('strong', `${content.notices.crisis.title}.`),
      ' ',
      // A no-break space keeps each link's words on one line, as a phone number's must be.
      h('a', { href: 'tel:988' }, 'Call\u00A0988'),
      ' or ',
      h('a', { href: 'sms:988' }, 'text\u00A0988'),
      ' in the United States. ',
      h('a', { href: `#${crisisNoticeId}` }, 'Help in other countries'),
    ]),
  ]);
}

// The body with the contents before its first section, after the paragraphs that open it,
// as the contents of an encyclopedia article sit after its lead.
function withContents(body: ElementContent[], contents: Element | undefined): ElementContent[] {
  if (!contents) return body;
  const first = body.findIndex((node) => node.type === 'element' && node.tagName === 'h2');
  const at = first === -1 ? 0 : first;
  return [...body.slice(0, at), contents, ...body.slice(at)];
}

// Sections (h2) with their subsections (h3) nested under them, and the sources last,
// folded into one line that opens without JavaScript.
function tableOfContents(headings: readonly Heading[], hasSources: boolean): Element | undefined {
  const sections: Array<{ heading: Heading; subsections: Heading[] }> = [];
  for (const heading of headings) {
    const last = sections.at(-1);
    if (heading.depth > 2 && last) last.subsections.push(heading);
    else sections.push({ heading, subsections: [] });
  }
  if (sections.length < tocThreshold) return undefined;
  const link = (heading: Heading) => h('a', { href: `#${heading.id}` }, heading.text);
  if (hasSources) sections.push({ heading: { depth: 2, text: 'Sources', id: sourcesHeadingId }, subsections: [] });
  return h('nav.toc', { ariaLabel: 'In this article' }, [
    h('details', [
      h('summary', `In this article: ${sections.length} sections`),
      h(
        'ol',
        sections.map(({ heading, subsections }) =>
          h('li', [
            link(heading),
            subsections.length > 0
              ? h(
                  'ol',
                  subsections.map((sub) => h('li', [link(sub)])),
                )
              : undefined,
          ]),
        ),
      ),
    ]),
  ]);
}
