import type { IsoDate } from './types.js';

/**
 * The `Date` at midnight UTC of a day the package gives as YYYY-MM-DD (`published`,
 * `updated`, `modified`). UTC, so the day is the same in every time zone's formatting
 * with `timeZone: 'UTC'`.
 */
export function toDate(day: IsoDate): Date {
  return new Date(`${day}T00:00:00Z`);
}
