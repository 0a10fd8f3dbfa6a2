import type { Content } from '../types.js';

/** The shipped metadata: everything but the article bodies. */
export type ContentIndex = Omit<Content, 'getBody'>;

/**
 * File names inside the package's data folder. Each module has an ES module (`.js`) and
 * a CommonJS twin (`.cjs`), so `import` and `require` each load one format.
 */
export const dataFiles = {
  /** The metadata, a JSON module (`meta.json`) imported statically by the runtime. */
  meta: 'meta',
  /** A table of `import()` calls, one per body, that bundlers split into chunks. */
  bodies: 'bodies',
  /** One module per article body: `bodies/<slug>.js`. */
  bodiesFolder: 'bodies',
} as const;
