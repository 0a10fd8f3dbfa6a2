import { cpSync, readdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildContentData, compileContent } from '@kap/content-compiler';
import { publishSite } from '@kap/publish';
import { describe, expect, it } from 'vitest';
import { channels, publishContent, readTree, realContent, siteFiles, siteModule, startCliBuild, tempDir, today } from './helpers.js';

describe('publishSite', () => {
  it('publishes the three channels as one site', async () => {
    const dataDir = join(tempDir('site-data'), 'data');
    const out = join(tempDir('site'), 'dist');
    // The content build reports the warnings now; the publisher, what it published.
    const built = await buildContentData({ contentDir: realContent, outDir: dataDir, now: today });
    expect(built.warnings).toEqual([]);
    const published = await publishSite({ dataDir, outDir: out, channels, siteModule });
    const paths = [...readTree(out).keys()];
    const slugs = readTree(join(realContent, 'articles'));
    expect(published).toEqual({ articles: slugs.size, files: paths.length });
    for (const file of slugs.keys()) {
      const slug = file.replace(/\.md$/, '');
      expect(paths).toContain(`articles/${slug}/index.html`);
      expect(paths).toContain(`text/${slug}.txt`);
    }
    for (const path of ['index.html', '404.html', 'sitemap.xml', 'robots.txt', 'feed.xml', 'atom.xml', 'feed.json', 'text/index.txt']) {
      expect(paths).toContain(path);
    }
    for (const topic of ['ptsd', 'depression', 'long-term-outcomes', 'integration']) {
      for (const name of ['index.html', 'feed.xml', 'atom.xml', 'feed.json']) expect(paths).toContain(`topics/${topic}/${name}`);
    }
  });

  it('gives what every channel makes from the whole content in one go, related articles on each article page included', async () => {
    const contentDir = join(tempDir('whole'), 'content');
    cpSync(realContent, contentDir, { recursive: true });
    const cache = tempDir('cache');
    const out = join(tempDir('whole-out'), 'dist');
    const expectWhole = () => {
      const files = [...siteFiles(compileContent({ contentDir, now: today }).content).values()];
      const text = files.filter((file) => file.encoding !== 'base64');
      expect(new Map(text.map((file) => [file.path, file.contents]))).toEqual(
        new Map([...readTree(out)].filter(([path]) => text.some((file) => file.path === path))),
      );
      expect(readTree(out).size).toBe(files.length);
    };
    await publishContent({ contentDir, outDir: out, cache });
    expectWhole();
    expect(readTree(out).get('articles/long-term-outcomes-of-kap/index.html')).toContain('Related articles');

    // A new title shows on the pages that list the article as related, which are built again.
    const article = join(contentDir, 'articles', 'long-term-effects-of-kap-for-ptsd.md');
    writeFileSync(article, readFileSync(article, 'utf8').replace(/^title: .*$/m, 'title: Marigold effects'));
    const retitled = await publishContent({ contentDir, outDir: out, cache });
    expectWhole();
    const relating = [...readTree(out)].filter(([path, html]) => path.startsWith('articles/') && html.includes('>Marigold effects</a>'));
    expect(relating.length).toBeGreaterThan(0);
    expect(retitled.keptArticles).toBe(retitled.articles - 1 - relating.length);
  });

  it('gives byte-identical files for the same content', async () => {
    const first = join(tempDir('det'), 'dist');
    const second = join(tempDir('det'), 'dist');
    await publishContent({ contentDir: realContent, outDir: first });
    // Another day, for the content build: nothing of the real content depends on it.
    await publishContent({ contentDir: realContent, outDir: second, now: new Date('2027-03-01T08:00:00Z') });
    expect(readTree(second)).toEqual(readTree(first));
  });

  it('gives the same site from a warm cache, and from a corrupted one, as from none', async () => {
    const cache = tempDir('cache');
    const contentCache = join(cache, 'content');
    const cold = join(tempDir('cache-out'), 'dist');
    await publishContent({ contentDir: realContent, outDir: cold });
    const warm = join(tempDir('cache-out'), 'dist');
    await publishContent({ contentDir: realContent, outDir: warm, cache });
    await publishContent({ contentDir: realContent, outDir: warm, cache });
    expect(readTree(warm)).toEqual(readTree(cold));
    expect(readdirSync(cache).sort()).toEqual(['content', 'data', 'publish']);
    expect(readdirSync(contentCache).sort()).toEqual(['articles.json', 'bodies', 'data-stamp.json', 'stamps.json']);
    // A feed item's whole article is a piece of its own file, by the article's key.
    expect(readdirSync(join(cache, 'publish')).sort()).toEqual(['last-publish.json', 'parts', 'parts.json']);
    expect(readdirSync(join(cache, 'publish', 'parts'))).toHaveLength(4);
    const bodies = readdirSync(join(contentCache, 'bodies'));
    expect(bodies).toHaveLength(4);
    const corrupt = ['', '{', 'null', '{"key":"x"}'];
    for (const [index, name] of bodies.entries()) writeFileSync(join(contentCache, 'bodies', name), corrupt[index] ?? '');
    // A new data folder and a new output folder: every body is written into the data, from
    // cache entries that are all corrupt, and every article's files are built from it.
    rmSync(join(cache, 'data'), { recursive: true });
    const corrupted = join(tempDir('cache-out'), 'dist');
    await publishContent({ contentDir: realContent, outDir: corrupted, cache });
    expect(readTree(corrupted)).toEqual(readTree(cold));
    // Each corrupt entry was read, found unsound, and compiled again from its file.
    for (const name of bodies) expect(corrupt).not.toContain(readFileSync(join(contentCache, 'bodies', name), 'utf8'));
    // Listings' pieces changed by anything but the publisher are not used.
    const parts = join(cache, 'publish', 'parts.json');
    const tampered = readFileSync(parts, 'utf8').replaceAll('Ketamine', 'Tampered');
    expect(tampered).not.toBe(readFileSync(parts, 'utf8'));
    writeFileSync(parts, tampered);
    // So are the bulky pieces in their own files: every feed item's.
    for (const name of readdirSync(join(cache, 'publish', 'parts'))) {
      const piece = join(cache, 'publish', 'parts', name);
      writeFileSync(piece, readFileSync(piece, 'utf8').replaceAll('ketamine', 'tampered'));
    }
    const noParts = join(tempDir('cache-out'), 'dist');
    await publishContent({ contentDir: realContent, outDir: noParts, cache });
    expect(readTree(noParts)).toEqual(readTree(cold));
    // And from a corrupt manifest, every article is compiled again.
    writeFileSync(join(contentCache, 'articles.json'), '{"format": 1, "entries": [');
    const dataDir = join(tempDir('cache-data'), 'data');
    const rebuilt = await buildContentData({ contentDir: realContent, outDir: dataDir, now: today, cache: contentCache });
    expect(rebuilt).toMatchObject({ articles: 4, compiled: 4 });
    const noManifest = join(tempDir('cache-out'), 'dist');
    await publishSite({ dataDir, outDir: noManifest, channels, siteModule, cache: join(cache, 'publish') });
    expect(readTree(noManifest)).toEqual(readTree(cold));
  });

  it('gives the same site when worker threads compile and build the articles, from the cache too', async () => {
    const single = join(tempDir('threads'), 'dist');
    await publishContent({ contentDir: realContent, outDir: single, workers: 1 });
    const contentDir = join(tempDir('threads'), 'content');
    cpSync(realContent, contentDir, { recursive: true });
    const cache = tempDir('cache');
    const threaded = join(tempDir('threads'), 'dist');
    const cold = await publishContent({ contentDir, outDir: threaded, cache, workers: 2, minPerWorker: 1 });
    expect(readTree(threaded)).toEqual(readTree(single));
    expect(cold.files).toBe(readTree(single).size);
    // The workers wrote every body into the content build's cache.
    expect(readdirSync(join(cache, 'content', 'bodies'))).toHaveLength(4);

    // A new site title: nothing to compile, every article built again from the data.
    const site = join(contentDir, 'site.yaml');
    writeFileSync(site, readFileSync(site, 'utf8').replace(/^title: .*$/m, 'title: Marigold'));
    const retitled = await publishContent({ contentDir, outDir: threaded, cache, workers: 2, minPerWorker: 1 });
    expect(retitled.keptArticles).toBeUndefined();
    const expected = join(tempDir('threads'), 'dist');
    await publishContent({ contentDir, outDir: expected, workers: 1 });
    expect(readTree(threaded)).toEqual(readTree(expected));
    expect(readTree(threaded).get('articles/long-term-outcomes-of-kap/index.html')).toContain('Marigold');
  });

  it('brings the output before last up to date, edit after edit, and gives what a cold build gives', async () => {
    const contentDir = join(tempDir('spare'), 'content');
    cpSync(realContent, contentDir, { recursive: true });
    const cache = tempDir('cache');
    const out = join(tempDir('spare-out'), 'dist');
    const article = join(contentDir, 'articles', 'long-term-outcomes-of-kap.md');
    const added = join(contentDir, 'articles', 'a-new-article.md');
    const edits: [string, () => void][] = [
      ['first build', () => {}],
      [
        'an edit',
        () => writeFileSync(article, readFileSync(article, 'utf8').replace('It is a fair question.', 'It is a marigold question.')),
      ],
      ['another', () => writeFileSync(article, readFileSync(article, 'utf8').replace('a marigold question', 'a juniper question'))],
      ['an article added', () => writeFileSync(added, readFileSync(article, 'utf8').replace(/^title: .*$/m, 'title: A new article'))],
      ['an article removed', () => rmSync(added)],
      ['a spare folder put there by hand', () => cpSync(`${out}.previous`, `${out}.copy`, { recursive: true })],
      [
        'and swapped in',
        () => {
          rmSync(`${out}.previous`, { recursive: true });
          renameSync(`${out}.copy`, `${out}.previous`);
          writeFileSync(join(`${out}.previous`, 'index.html'), 'not what the record says');
        },
      ],
    ];
    const folders: number[] = [];
    for (const [what, edit] of edits) {
      edit();
      await publishContent({ contentDir, outDir: out, cache });
      folders.push(statSync(out).ino);
      const cold = join(tempDir('spare-cold'), 'dist');
      await publishContent({ contentDir, outDir: cold });
      expect(readTree(out), what).toEqual(readTree(cold));
    }
    // From the third build on, two folders take turns: the one swapped out is brought up to date next.
    expect(folders[2]).toBe(folders[0]);
    expect(folders[3]).toBe(folders[1]);
    expect(readdirSync(join(out, '..')).sort()).toEqual(['dist', 'dist.previous']);
  });

  it('refuses an article that is a link to a file outside the content folder', async () => {
    const root = tempDir('linked');
    const contentDir = join(root, 'content');
    cpSync(realContent, contentDir, { recursive: true });
    const article = join(contentDir, 'articles', 'long-term-outcomes-of-kap.md');
    renameSync(article, join(root, 'elsewhere.md'));
    symlinkSync(join(root, 'elsewhere.md'), article);
    await expect(publishContent({ contentDir, outDir: join(root, 'dist'), cache: tempDir('cache') })).rejects.toThrow(
      'content/articles/long-term-outcomes-of-kap.md:1:1 file: expected a file inside the content folder, got a link to a file outside it: copy the file in instead',
    );
  });

  it('keeps the last output when nothing it is made from changed, and builds again when something did', async () => {
    const contentDir = join(tempDir('unchanged'), 'content');
    cpSync(realContent, contentDir, { recursive: true });
    // Due the day after the tests' day: a new day is what publishes it.
    const scheduled = join(contentDir, 'articles', 'a-scheduled-article.md');
    const source = readFileSync(join(contentDir, 'articles', 'long-term-outcomes-of-kap.md'), 'utf8');
    writeFileSync(
      scheduled,
      source
        .replace(/^title: .*$/m, 'title: A scheduled article')
        .replace(/^published: .*$/m, 'published: 2026-11-23')
        .replace(/^updated: .*\n/m, ''),
    );
    const cache = tempDir('cache');
    const out = join(tempDir('unchanged-out'), 'dist');
    expect((await publishContent({ contentDir, outDir: out, cache })).unchanged).toBeUndefined();
    const built = readTree(out);
    expect(built.has('articles/a-scheduled-article/index.html')).toBe(false);
    expect((await publishContent({ contentDir, outDir: out, cache })).unchanged).toBe(true);
    expect(readTree(out)).toEqual(built);
    expect((await publishContent({ contentDir, outDir: join(tempDir('other-out'), 'dist'), cache })).unchanged).toBeUndefined();
    // Dates are judged by the content build: a new day builds the data again, and the site with it.
    const tomorrow = new Date('2026-11-23T12:00:00Z');
    expect((await publishContent({ contentDir, outDir: out, now: tomorrow, cache })).unchanged).toBeUndefined();
    expect(readTree(out).has('articles/a-scheduled-article/index.html')).toBe(true);
    const topics = join(contentDir, 'topics.yaml');
    writeFileSync(topics, readFileSync(topics, 'utf8').replace('title: Long-term outcomes', 'title: Outcomes over time'));
    expect((await publishContent({ contentDir, outDir: out, now: tomorrow, cache })).unchanged).toBeUndefined();
    expect(readTree(out).get('topics/long-term-outcomes/index.html')).toContain('Outcomes over time');
  });

  it('rebuilds only the files of an edited article, and gives what a cold build of the edit gives', async () => {
    const contentDir = join(tempDir('edit'), 'content');
    cpSync(realContent, contentDir, { recursive: true });
    const cache = tempDir('cache');
    const out = join(tempDir('edit-out'), 'dist');
    await publishContent({ contentDir, outDir: out, cache });
    const article = join(contentDir, 'articles', 'long-term-outcomes-of-kap.md');
    writeFileSync(article, readFileSync(article, 'utf8').replace('It is a fair question.', 'It is a marigold question.'));
    const edited = await publishContent({ contentDir, outDir: out, cache });
    expect(edited.keptArticles).toBe(edited.articles - 1);
    // The edited article's old entry is pruned: the content build's cache holds what the content needs now.
    expect(readdirSync(join(cache, 'content', 'bodies'))).toHaveLength(edited.articles);
    const manifest = readFileSync(join(cache, 'content', 'articles.json'), 'utf8');
    expect(Object.keys(JSON.parse(manifest.slice(manifest.indexOf('\n') + 1)).entries)).toHaveLength(edited.articles);
    const cold = join(tempDir('edit-cold'), 'dist');
    await publishContent({ contentDir, outDir: cold });
    expect(readTree(out)).toEqual(readTree(cold));
    expect(readTree(out).get('text/long-term-outcomes-of-kap.txt')).toContain('marigold');

    // A kept file that went missing from the output is built again, not linked from nowhere.
    rmSync(join(out, 'text', 'long-term-effects-of-kap-for-ptsd.txt'));
    writeFileSync(article, readFileSync(article, 'utf8').replace('a marigold question', 'a juniper question'));
    const repaired = await publishContent({ contentDir, outDir: out, cache });
    expect(repaired.keptArticles).toBe(repaired.articles - 2);
    expect(readTree(out).get('text/long-term-effects-of-kap-for-ptsd.txt')).toBe(
      readTree(cold).get('text/long-term-effects-of-kap-for-ptsd.txt'),
    );

    // A record of the last publish changed by anything but the publisher is not used: nothing is kept.
    const record = join(cache, 'publish', 'last-publish.json');
    writeFileSync(record, readFileSync(record, 'utf8').replace('"articles":4', '"articles":5'));
    writeFileSync(article, readFileSync(article, 'utf8').replace('a juniper question', 'a saffron question'));
    expect((await publishContent({ contentDir, outDir: out, cache })).keptArticles).toBeUndefined();

    writeFileSync(
      join(contentDir, 'glossary.yaml'),
      `${readFileSync(join(contentDir, 'glossary.yaml'), 'utf8')}- term: SSRI\n  expansion: selective serotonin reuptake inhibitor\n`,
    );
    expect((await publishContent({ contentDir, outDir: out, cache })).keptArticles).toBeUndefined();
  });
});

describe('npm run build', () => {
  const build = (contentDir: string, dataDir: string, outDir: string) => startCliBuild({ contentDir, dataDir, outDir }).done;

  it('prints its phases as plain lines in CI', async () => {
    const dataDir = join(tempDir('cli-data'), 'data');
    const out = join(tempDir('cli'), 'dist');
    const result = await build(realContent, dataDir, out);
    expect(result.status).toBe(0);
    // The content build says what it wrote; the publish prints only its phases, on stderr.
    expect(result.content.stdout).toBe(`Content data: 4 articles in ${dataDir} (4 compiled, 4 bodies written)\n`);
    expect(result.content.stderr).toBe('');
    const publish = result.publish ?? { stdout: '', stderr: '' };
    expect(publish.stdout).toBe('');
    const lines = publish.stderr.trimEnd().split('\n');
    const files = readTree(out).size;
    const plain = lines.map((line) =>
      line
        .replace(/\d+ (listing )?files?/, (_, listing) => `N ${listing ?? ''}files`)
        .replace(/\d+ built/, 'N built')
        .replace(/\(\d+ ms\)|in \d+ ms|in [\d.]+ s/, '(time)'),
    );
    expect(plain).toEqual([
      'Articles: 4 articles, N built (time)',
      'Web pages: N listing files (time)',
      'Feeds: N listing files (time)',
      'Plain-text edition: N listing files (time)',
      'Write (time)',
      'Published N files (time)',
    ]);
    expect(lines[0]).toMatch(/^Articles: 4 articles, 4 built /);
    // Each article's own two files, then the files that list articles.
    const counts = lines.map((line) => Number(/(\d+) (?:listing )?files?/.exec(line)?.[1] ?? 0));
    expect(4 * 2 + counts.slice(1, 4).reduce((a, b) => a + b, 0)).toBe(files);
    expect(counts[5]).toBe(files);
    expect(publish.stderr).not.toContain('\r');
    expect(publish.stderr).not.toContain('\u001b');
  });

  it('leaves the data and the previous site exactly as they were when the content is broken', async () => {
    const contentDir = join(tempDir('broken'), 'content');
    cpSync(realContent, contentDir, { recursive: true });
    const dataDir = join(tempDir('cli-data'), 'data');
    const out = join(tempDir('cli'), 'dist');
    expect((await build(contentDir, dataDir, out)).status).toBe(0);
    const [before, data] = [readTree(out), readTree(dataDir)];

    const article = join(contentDir, 'articles', 'long-term-outcomes-of-kap.md');
    writeFileSync(
      article,
      readFileSync(article, 'utf8')
        .replace('published: 2025-09-23', 'published: 2025-02-30')
        .replace('## Risks of a longer course', '#### Risks of a longer course'),
    );
    const result = await build(contentDir, dataDir, out);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Content has 2 problems:\n');
    expect(result.stderr).toContain(
      'content/articles/long-term-outcomes-of-kap.md:4:12 published: expected a real calendar date, got "2025-02-30"\n',
    );
    expect(result.stderr).toMatch(
      /content\/articles\/long-term-outcomes-of-kap\.md:\d+:1 heading: expected a heading of level 3 or less, got level 4/,
    );
    // The content build stopped the build: nothing was published.
    expect(result.publish).toBeUndefined();
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(readTree(dataDir)).toEqual(data);
    expect(readTree(out)).toEqual(before);
  });
});
