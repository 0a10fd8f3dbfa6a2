import { join } from 'node:path';
import { compileContent } from '@kap/content-compiler';
import type { Content } from '@kap/content-compiler/types';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString as textOf } from 'hast-util-to-string';
import { buildWeb, type SiteFile } from '../src/index.js';

/** The day the fixture is judged against, so no review counts as stale. */
export const today = new Date('2026-11-22T12:00:00Z');

/** The fixture content folder compiled the way a production build compiles content/. */
export function fixtureContent(): Content {
  return compileContent({ contentDir: join(import.meta.dirname, 'fixtures', 'site'), now: today }).content;
}

/** The site built from the fixture, keyed by path. */
export function fixtureSite(): Map<string, string> {
  return new Map(buildWeb(fixtureContent()).map((file: SiteFile) => [file.path, file.contents]));
}

/** A built page parsed by a real HTML parser, with selectors to look inside it. */
export function parsePage(html: string | undefined) {
  if (html === undefined) throw new Error('expected a built page, got none');
  const tree: Root = fromHtml(html);
  return {
    tree,
    one(selector: string): Element {
      const found = select(selector, tree);
      if (!found) throw new Error(`expected an element matching ${selector}, found none`);
      return found;
    },
    all: (selector: string): Element[] => selectAll(selector, tree),
    text: (selector: string): string[] => selectAll(selector, tree).map((node) => textOf(node)),
  };
}

export { textOf };
