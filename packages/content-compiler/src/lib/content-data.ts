import { createHash } from 'node:crypto';
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
  /** The slugs' literal types (`slugs.d.ts`), which the package's declarations import. */
  slugs: 'slugs',
  /**
   * One module per article body: `bodies/<slug>.<revision>.js`. The revision is a digest
   * of what the body was compiled from, so a changed body is a new file: the table that
   * names it is swapped in after it is written, and a reader never sees a half-made pair.
   */
  bodiesFolder: 'bodies',
} as const;

/** The name of a body module, without its extension. */
export const bodyModuleName = (slug: string, revision: string) => `${slug}.${revision.slice(0, 16)}`;

// JSON.parse of a string literal loads about twice as fast as the same data written as
// an object literal. Single quotes, because JSON is full of double quotes: a literal with
// few escapes is faster to read (71 ms against 77 ms for 4,000 articles' metadata).
// Every backslash of the literal is one of these escapes, which is what lets
// {@link parseJsonModule} read it back without evaluating it.
const escaped = /[\\'\n\r\u2028\u2029]/g;
const stringLiteral = (text: string) =>
  `'${text.replace(escaped, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`)}'`;

/** A value as an ES module and a CommonJS module whose default export it is. */
export function jsonModule(value: unknown): { esm: string; cjs: string } {
  const literal = stringLiteral(JSON.stringify(value));
  return { esm: `export default JSON.parse(${literal});\n`, cjs: `module.exports = JSON.parse(${literal});\n` };
}

const esmPrefix = "export default JSON.parse('";
const suffix = "');\n";

/** The value of an ES module {@link jsonModule} wrote. Throws on anything else. */
export function parseJsonModule(text: string): unknown {
  if (!text.startsWith(esmPrefix) || !text.endsWith(suffix)) throw new Error('expected a data module written by the content compiler');
  const literal = text.slice(esmPrefix.length, -suffix.length);
  return JSON.parse(literal.replace(/\\u([0-9a-f]{4})/g, (_, code: string) => String.fromCharCode(Number.parseInt(code, 16))));
}

/** The bodies table as an ES module and a CommonJS module, from each slug's module name. */
export function bodiesTable(modules: ReadonlyMap<string, string>): { esm: string; cjs: string } {
  const path = (name: string, extension: string) => JSON.stringify(`./${dataFiles.bodiesFolder}/${name}${extension}`);
  const entries = [...modules];
  const esm = entries.map(([slug, name]) => `  ${JSON.stringify(slug)}: () => import(${path(name, '.js')}),`);
  // The same shape as import() gives: a namespace whose default is the body.
  const cjs = entries.map(
    ([slug, name]) => `  ${JSON.stringify(slug)}: () => Promise.resolve().then(() => ({ default: require(${path(name, '.cjs')}) })),`,
  );
  return {
    esm: `// One import() per body, so that bundlers make each a chunk loaded on demand.\nexport const bodies = {\n${esm.join('\n')}\n};\n`,
    cjs: `'use strict';\nexports.bodies = {\n${cjs.join('\n')}\n};\n`,
  };
}

const tableEntry = /^ {2}("(?:[^"\\]|\\.)*"): \(\) => import\("\.\/bodies\/([^"/]+)\.js"\),$/gm;

/** Each slug's body module name, from the ES module {@link bodiesTable} wrote. */
export function parseBodiesTable(text: string): Map<string, string> {
  return new Map([...text.matchAll(tableEntry)].map(([, slug = '""', name = '']) => [JSON.parse(slug) as string, name]));
}

/** The digest of a data folder: of its metadata and its bodies table, which names every body's revision. */
export function digestData(meta: string, table: string): string {
  return createHash('sha256').update(meta).update('\0').update(table).digest('hex');
}
