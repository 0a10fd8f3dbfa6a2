import type { ArticleMeta, Content } from '@kap/content-compiler/types';
import { notReviewed } from '@kap/render';
import type { Element } from 'hast';
import { h } from 'hastscript';
import { renderTime } from './render-time.js';
import { pagePath, pageSlugs } from './web-paths.js';

/**
 * Who reviewed the article, with their credentials, when, and when the next review is
 * due; or, when no review is recorded, the plain statement that no clinician has reviewed
 * it. Nothing else on the page speaks of a review. Links to the editorial policy, which
 * says how reviews are done, when the site has one.
 */
export function reviewStatus(content: Content, article: ArticleMeta): Element {
  const { review } = article;
  const statement = review
    ? [
        `Reviewed by ${review.reviewer}, ${review.credentials}, on `,
        renderTime(review.date),
        '. Next review due by ',
        renderTime(review.nextDue),
        '.',
      ]
    : [notReviewed];
  const policy = content.pages.some((page) => page.slug === pageSlugs.editorialPolicy)
    ? [' ', h('a', { href: pagePath(pageSlugs.editorialPolicy) }, 'How we write and review articles')]
    : [];
  // A span: it ends the article's line of facts, after the dates and the reading time.
  return h('span.review-status', [...statement, ...policy]);
}
