import type { Content } from '../types.js';

/** The shipped metadata index: everything but the article bodies. */
export type ContentIndex = Omit<Content, 'getBody'>;

/** File names inside the package's data folder. */
export const indexFile = 'content.json';
export const bodiesFolder = 'bodies';
