import { dateInWords } from './lib/text/dates.js';
import type { Review } from './types.js';

/** What every channel says of an article that no clinician has reviewed. */
export const notReviewed = 'This article has not yet been reviewed by a clinician.';

/**
 * The review of an article in plain sentences, dates in words: who reviewed it, with
 * their credentials, when, and when the next review is due. Without a recorded review it
 * says plainly that no clinician has reviewed the article: nothing may claim a review that
 * the content does not record.
 */
export function describeReview(review: Review | undefined): string {
  if (!review) return notReviewed;
  const day = (iso: string) => dateInWords(iso) ?? iso;
  return `Reviewed by ${review.reviewer}, ${review.credentials}, on ${day(review.date)}. Next review due by ${day(review.nextDue)}.`;
}
