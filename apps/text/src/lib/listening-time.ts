import { countWords } from './parts.js';

/**
 * Words a minute of eSpeak NG at its default speed (`-s 175`) reading the edition's
 * sentences, measured: it pauses at every full stop, comma and blank line, so it says
 * fewer than 175 words a minute. `espeak.test.ts` measures the built files and fails when
 * this is more than 5 percent off.
 */
export const wordsPerMinute = 145;

/**
 * Characters a minute of eSpeak NG reading a web address alone on its line, measured the
 * same way: it says an address piece by piece ("slash", "dot", each digit), so an address
 * takes far longer than its one "word".
 */
export const addressCharactersPerMinute = 550;

const addressLine = /^[a-z][a-z0-9+.-]*:\/\/\S+$/i;

/** Minutes that eSpeak NG takes to read a text of the edition, from its words and addresses. */
export function listeningMinutes(text: string): number {
  let words = 0;
  let addressCharacters = 0;
  for (const line of text.split('\n')) {
    if (addressLine.test(line)) addressCharacters += line.length;
    else words += countWords(line);
  }
  return words / wordsPerMinute + addressCharacters / addressCharactersPerMinute;
}

/** "About 6 minutes to listen.", from {@link listeningMinutes}. */
export function listeningTime(text: string): string {
  const minutes = Math.max(1, Math.round(listeningMinutes(text)));
  return `About ${minutes} ${minutes === 1 ? 'minute' : 'minutes'} to listen.`;
}
