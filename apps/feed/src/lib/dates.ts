// A content date is a calendar day; feeds want an instant, so each day means midnight UTC.
// Midnight UTC keeps the day the author wrote in every format and every time zone setting.
const dayPattern = /^\d{4}-\d{2}-\d{2}$/;

function midnightUtc(day: string): Date {
  const date = new Date(`${day}T00:00:00Z`);
  if (!dayPattern.test(day) || Number.isNaN(date.getTime())) {
    throw new Error(`expected a date like 2025-03-12, got ${JSON.stringify(day)}`);
  }
  return date;
}

/** RFC 822 (as RFC 2822 and RSS use it): `Tue, 27 Jan 2026 00:00:00 GMT`. */
export function rfc822(day: string): string {
  return midnightUtc(day).toUTCString();
}

/** RFC 3339: `2026-01-27T00:00:00Z`. */
export function rfc3339(day: string): string {
  return `${midnightUtc(day).toISOString().slice(0, 10)}T00:00:00Z`;
}

/** The latest of some YYYY-MM-DD days; ISO days sort as strings. */
export function newestDay(days: readonly string[]): string | undefined {
  return days.reduce<string | undefined>((newest, day) => (newest === undefined || day > newest ? day : newest), undefined);
}
