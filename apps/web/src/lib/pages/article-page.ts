import type { ArticleMeta, Content, Heading } from '@kap/content-compiler/types';
import { toHast } from '@kap/render';
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { articleJsonLd } from '../article-json-ld.js';
import { crisisActions } from '../crisis-actions.js';
import { renderPage } from '../layout.js';
import { readingTime } from '../reading-time.js';
import { renderNotice } from '../render-notice.js';
import { renderTime } from '../render-time.js';
import { reviewStatus } from '../review-status.js';
import { sourcesHeadingId, sourcesSection } from '../sources-section.js';
import { topicLinks } from '../topic-links.js';
import { treeChildren } from '../tree-children.js';
import { sitePaths } from '../web-paths.js';

/** Articles with fewer sections than this read fine without a table of contents. */
export const tocThreshold = 3;

/** The HTML of one article's page. */
export function articlePage(content: Content, article: ArticleMeta): string {
  const body = treeChildren(toHast(content.getBody(article.slug), { glossary: content.glossary }));
  const textPath = sitePaths.text(article.slug);

  const main: ElementContent[] = [
    h('article.article', [
      h('header.article-header', [
        h('h1', article.title),
        h('p.summary', article.description),
        articleFacts(article),
        reviewStatus(content, article),
        h('p.text-edition', [h('a', { href: textPath }, 'Read this article in the plain text edition')]),
      ]),
      article.needsCrisisNotice
        ? renderNotice(content.notices.crisis, { id: 'crisis-notice', className: 'notice-crisis', after: [crisisActions()] })
        : undefined,
      tableOfContents(article.headings, article.references.length > 0),
      h('div.article-body', body),
      sourcesSection(article.references),
      renderNotice(content.notices.disclaimer, { id: 'disclaimer', className: 'notice-disclaimer' }),
      h('nav.article-topics', { ariaLabelledBy: 'article-topics' }, [
        h('h2#article-topics', 'Topics of this article'),
        topicLinks(content, article.topics),
      ]),
    ]),
  ];

  return renderPage(content, {
    path: sitePaths.article(article.slug),
    title: article.title,
    description: article.description,
    main,
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

// Published and updated dates and the reading time, as a description list so each value
// is announced with its label. The review, a sentence, follows in its own paragraph.
function articleFacts(article: ArticleMeta): Element {
  const fact = (label: string, value: ElementContent | string) => h('div', [h('dt', label), h('dd', [value])]);
  return h('dl.article-facts', [
    fact('Published', renderTime(article.published)),
    article.updated ? fact('Updated', renderTime(article.updated)) : undefined,
    fact('Reading time', readingTime(article.readingMinutes)),
  ]);
}

// Sections (h2) with their subsections (h3) nested under them, and the sources last.
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
  return h('nav.toc', { ariaLabelledBy: 'toc-title' }, [
    h('h2#toc-title', 'In this article'),
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
  ]);
}
