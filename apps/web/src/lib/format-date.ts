const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * A YYYY-MM-DD date in words, `12 March 2025`, the way every channel shows dates. Done by
 * hand rather than with Intl so the words never depend on the machine's locale data.
 */
export function dateInWords(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  const name = months[(month ?? 0) - 1];
  if (!year || !day || !name) throw new Error(`expected a date like 2025-03-12, got "${isoDate}"`);
  return `${day} ${name} ${year}`;
}
