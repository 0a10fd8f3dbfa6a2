const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/**
 * `2025-03-12` as `12 March 2025`. eSpeak reads the ISO form as "two thousand and
 * twenty-five dash zero three..." (accessibility reference, P9). Returns undefined for a
 * string that is not a real calendar date, so callers can leave it as written.
 */
export function dateInWords(iso: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return undefined;
  const [, year, month, day] = match;
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso) return undefined;
  return `${Number(day)} ${months[Number(month) - 1]} ${year}`;
}
