import { loadContent } from '@kap/content';
import { buildText } from '../src/index.js';

/** The real content, as the production build reads it. */
export const content = await loadContent();

/** The built edition, by path. */
export const files = new Map(buildText(content).map((file) => [file.path, file.contents]));

/** The built file at a path; fails the test when it is missing. */
export function built(path: string): string {
  const text = files.get(path);
  if (text === undefined) throw new Error(`expected ${path} among ${[...files.keys()].join(', ')}`);
  return text;
}
