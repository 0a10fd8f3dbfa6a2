// Feeds of a site with more articles than a feed holds: the publisher writes their RFC 5005
// archive pages into the output, from the listings' pieces it keeps, warm as cold.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publishContent, readTree, realContent, tempDir } from './helpers.js';

const base = 'https://understanding-kap.example/';

/** A short article in the integration topic, as an author would write one. */
const note = (number: number, published: string) =>
  ['---', `title: Note ${number} on integration`, 'description: A short note on integration.', `published: ${published}`]
    .concat(['topics: [integration]', 'tags: [note]', '---', '', `Note ${number} says a few plain words about integration.`, ''])
    .join('\n');

/** Every RFC 5005 link of every feed document of the site, as [document, rel, file the href names]. */
function historyLinks(site: Map<string, string>): [string, string, string][] {
  return [...site].flatMap(([path, text]) =>
    path.endsWith('.xml') && path !== 'sitemap.xml'
      ? [...text.matchAll(/<(?:atom:)?link [^>]*>/g)].flatMap(([tag]) => {
          const rel = /rel="([^"]+)"/.exec(tag)?.[1] ?? '';
          const href = /href="([^"]+)"/.exec(tag)?.[1] ?? '';
          return ['self', 'current', 'prev-archive', 'next-archive'].includes(rel)
            ? [[path, rel, href.slice(base.length)] as [string, string, string]]
            : [];
        })
      : [],
  );
}

describe('feed archives in the published site', () => {
  it('are written with the feeds from the kept pieces, kept whole while their articles do not change, and the same warm as cold', async () => {
    const contentDir = join(tempDir('archives'), 'content');
    cpSync(realContent, contentDir, { recursive: true });
    // 48 notes older than every real article: 52 articles, 50 of them in the integration topic.
    for (let number = 1; number <= 48; number++) {
      writeFileSync(
        join(contentDir, 'articles', `note-${number}.md`),
        note(number, new Date(Date.UTC(2024, 0, number)).toISOString().slice(0, 10)),
      );
    }
    const cache = tempDir('cache');
    const out = join(tempDir('archives-out'), 'dist');
    await publishContent({ contentDir, outDir: out, cache });
    const first = readTree(out);
    const archives = [...first.keys()].filter((path) => path.includes('feed-archive/'));
    expect(archives.sort()).toEqual(
      ['feed-archive/1/', 'topics/integration/feed-archive/1/'].flatMap((folder) =>
        ['atom.xml', 'feed.json', 'feed.xml'].map((name) => `${folder}${name}`),
      ),
    );
    expect(first.get('feed.xml')).toContain(`<atom:link href="${base}feed-archive/1/feed.xml" rel="prev-archive"`);
    expect(JSON.parse(first.get('topics/integration/feed.json') ?? '{}').next_url).toBe(
      `${base}topics/integration/feed-archive/1/feed.json`,
    );
    // Every link resolves to a written file but the next page's, which is not complete yet.
    const missing = historyLinks(first).filter(([, , file]) => !first.has(file));
    expect(missing).toEqual([
      ['feed-archive/1/atom.xml', 'next-archive', 'feed-archive/2/atom.xml'],
      ['feed-archive/1/feed.xml', 'next-archive', 'feed-archive/2/feed.xml'],
      ['topics/integration/feed-archive/1/atom.xml', 'next-archive', 'topics/integration/feed-archive/2/atom.xml'],
      ['topics/integration/feed-archive/1/feed.xml', 'next-archive', 'topics/integration/feed-archive/2/feed.xml'],
    ]);
    // Each article's feed content is kept with the listings' pieces, the archived articles' too.
    const parts = readFileSync(join(cache, 'publish', 'parts.json'), 'utf8');
    expect(parts.match(/"feed-content":/g)).toHaveLength(52);

    writeFileSync(join(contentDir, 'articles', 'note-49.md'), note(49, '2026-11-01'));
    const added = await publishContent({ contentDir, outDir: out, cache });
    // The page's articles did not change: its files (three formats for each of the two archive
    // pages) are kept from the last output, not built again; so are the pages of the three
    // other topics and their subscription feeds (3 + 9 files). One article's page is built
    // again: the new one joins its related articles.
    expect(added).toMatchObject({ keptArticles: 51, keptPages: 18 });
    const second = readTree(out);
    for (const path of archives) expect({ path, same: second.get(path) === first.get(path) }).toEqual({ path, same: true });
    expect(second.get('feed.json')).toContain(`${base}articles/note-49/`);
    const cold = join(tempDir('archives-cold'), 'dist');
    await publishContent({ contentDir, outDir: cold });
    expect(second).toEqual(readTree(cold));

    // An edit to an archived article builds its pages again, and only those: the archive
    // pages that hold it are built again; the other topics' pages and subscription feeds
    // (3 + 9 files) and the whole site's subscription feed, which no longer holds it (3), are kept.
    const edited = join(contentDir, 'articles', 'note-2.md');
    writeFileSync(edited, readFileSync(edited, 'utf8').replace('a few plain words', 'a few marigold words'));
    const rebuilt = await publishContent({ contentDir, outDir: out, cache });
    expect([rebuilt.keptArticles, rebuilt.keptPages]).toEqual([52, 15]);
    const third = readTree(out);
    expect(third.get('feed-archive/1/atom.xml')).toContain('a few marigold words');
    expect(third.get('topics/integration/feed-archive/1/feed.json')).toContain('a few marigold words');
    const coldEdit = join(tempDir('archives-cold'), 'dist');
    await publishContent({ contentDir, outDir: coldEdit });
    expect(third).toEqual(readTree(coldEdit));
  }, 120_000);
});
