/** The day the generated corpus is judged against: every article is published, no review is overdue. */
export const benchToday = new Date('2026-11-22T12:00:00Z');
