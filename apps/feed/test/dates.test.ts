import { describe, expect, it } from 'vitest';
import { newestDay, rfc822, rfc3339 } from '../src/lib/dates.js';

describe('feed dates', () => {
  it('writes RFC 822 dates at midnight UTC with the right weekday', () => {
    expect(rfc822('2026-01-27')).toBe('Tue, 27 Jan 2026 00:00:00 GMT');
    expect(rfc822('2025-04-08')).toBe('Tue, 08 Apr 2025 00:00:00 GMT');
    expect(rfc822('2024-02-29')).toBe('Thu, 29 Feb 2024 00:00:00 GMT');
  });

  it('writes RFC 3339 dates in UTC', () => {
    expect(rfc3339('2026-05-12')).toBe('2026-05-12T00:00:00Z');
  });

  it('refuses a day that is not a real calendar day', () => {
    expect(() => rfc822('2026-13-01')).toThrow('expected a date like 2025-03-12, got "2026-13-01"');
    expect(() => rfc3339('12 May 2026')).toThrow('expected a date like 2025-03-12, got "12 May 2026"');
  });

  it('finds the newest day, or nothing for no days', () => {
    expect(newestDay(['2025-09-23', '2026-05-12', '2026-02-10'])).toBe('2026-05-12');
    expect(newestDay([])).toBeUndefined();
  });
});
