/** The reading time in words: `About 1 minute`, `About 6 minutes`. */
export function readingTime(minutes: number): string {
  return `About ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;
}
