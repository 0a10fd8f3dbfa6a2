// XML 1.0 `Char` leaves out C0 controls other than tab, LF and CR, lone surrogates, and
// U+FFFE/U+FFFF; not even a character reference may name them. With the `u` flag a
// surrogate range matches only unpaired halves, so astral characters such as emoji stay.
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the characters to remove
const forbidden = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/gu;

/** Removes every character that XML 1.0 forbids, so any feed format can carry the text. */
export function stripForbiddenCharacters(value: string): string {
  return value.replace(forbidden, '');
}
