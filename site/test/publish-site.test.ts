import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileContent } from '@kap/content-compiler';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../src/build-site.js';
import { publishSite } from '../src/publish-site.js';
import { readTree, realContent, repoRoot, tempDir, today } from './helpers.js';

const buildCli = join(repoRoot, 'packages', 'publish', 'src', 'cli', 'build.ts');
const tsx = join(repoRoot, 'node_modules', '.bin', 'tsx');

describe('publishSite', () => {
  it('publishes the three channels as one site', async () => {
    const out = join(tempDir('site'), 'dist');
    const published = await publishSite({ contentDir: realContent, outDir: out, now: today });
    const paths = [...readTree(out).keys()];
    const slugs = readTree(join(realContent, 'articles'));
    expect(published).toEqual({ articles: slugs.size, files: paths.length, warnings: [] });
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

  it('gives what buildSite gives from the whole content, related articles on each article page included', async () => {
    const contentDir = join(tempDir('whole'), 'content');
    cpSync(realContent, contentDir, { recursive: true });
    const cache = tempDir('cache');
    const out = join(tempDir('whole-out'), 'dist');
    const expectWhole = async () => {
      const files = await buildSite(compileContent({ contentDir, now: today }).content);
      const text = files.filter((file) => file.encoding !== 'base64');
      expect(new Map(text.map((file) => [file.path, file.contents]))).toEqual(
        new Map([...readTree(out)].filter(([path]) => text.some((file) => file.path === path))),
      );
      expect(readTree(out).size).toBe(files.length);
    };
    await publishSite({ contentDir, outDir: out, now: today, cache });
    await expectWhole();
    expect(readTree(out).get('articles/long-term-outcomes-of-kap/index.html')).toContain('Related articles');

    // A new title shows on the pages that list the article as related, which are built again.
    const article = join(contentDir, 'articles', 'long-term-effects-of-kap-for-ptsd.md');
    writeFileSync(article, readFileSync(article, 'utf8').replace(/^title: .*$/m, 'title: Marigold effects'));
    const retitled = await publishSite({ contentDir, outDir: out, now: today, cache });
    await expectWhole();
    const relating = [...readTree(out)].filter(([path, html]) => path.startsWith('articles/') && html.includes('>Marigold effects</a>'));
    expect(relating.length).toBeGreaterThan(0);
    expect(retitled.keptArticles).toBe(retitled.articles - 1 - relating.length);
  });

  it('gives byte-identical files for the same content', async () => {
    const first = join(tempDir('det'), 'dist');
    const second = join(tempDir('det'), 'dist');
    await publishSite({ contentDir: realContent, outDir: first, now: today });
    await publishSite({ contentDir: realContent, outDir: second, now: new Date('2027-03-01T08:00:00Z') });
    expect(readTree(second)).toEqual(readTree(first));
  });

  it('gives the same site from a warm cache, and from a corrupted one, as from none', async () => {
    const cache = tempDir('cache');
    const cold = join(tempDir('cache-out'), 'dist');
    await publishSite({ contentDir: realContent, outDir: cold, now: today });
    const warm = join(tempDir('cache-out'), 'dist');
    await publishSite({ contentDir: realContent, outDir: warm, now: today, cache });
    await publishSite({ contentDir: realContent, outDir: warm, now: today, cache });
    expect(readTree(warm)).toEqual(readTree(cold));
    expect(readdirSync(cache).sort()).toEqual(['articles.json', 'bodies', 'last-publish.json', 'parts.json']);
    const bodies = readdirSync(join(cache, 'bodies'));
    expect(bodies).toHaveLength(4);
    for (const [index, name] of bodies.entries()) writeFileSync(join(cache, 'bodies', name), ['', '{', 'null', '{"key":"x"}'][index] ?? '');
    // A new output folder: every article's files are built, from bodies that are all corrupt.
    const corrupted = join(tempDir('cache-out'), 'dist');
    await publishSite({ contentDir: realContent, outDir: corrupted, now: today, cache });
    expect(readTree(corrupted)).toEqual(readTree(cold));
    // Listings' pieces changed by anything but the publisher are not used.
    const parts = join(cache, 'parts.json');
    const tampered = readFileSync(parts, 'utf8').replaceAll('Ketamine', 'Tampered');
    expect(tampered).not.toBe(readFileSync(parts, 'utf8'));
    writeFileSync(parts, tampered);
    const noParts = join(tempDir('cache-out'), 'dist');
    await publishSite({ contentDir: realContent, outDir: noParts, now: today, cache });
    expect(readTree(noParts)).toEqual(readTree(cold));
    // And from a corrupt manifest, every article is compiled again.
    writeFileSync(join(cache, 'articles.json'), '{"format": 1, "entries": [');
    const noManifest = join(tempDir('cache-out'), 'dist');
    await publishSite({ contentDir: realContent, outDir: noManifest, now: today, cache });
    expect(readTree(noManifest)).toEqual(readTree(cold));
  });

  it('gives the same site when worker threads compile and build the articles, from the cache too', async () => {
    const single = join(tempDir('threads'), 'dist');
    await publishSite({ contentDir: realContent, outDir: single, now: today, workers: 1 });
    const contentDir = join(tempDir('threads'), 'content');
    cpSync(realContent, contentDir, { recursive: true });
    const cache = tempDir('cache');
    const threaded = join(tempDir('threads'), 'dist');
    const cold = await publishSite({ contentDir, outDir: threaded, now: today, cache, workers: 2, minPerWorker: 1 });
    expect(readTree(threaded)).toEqual(readTree(single));
    expect(cold.files).toBe(readTree(single).size);
    // The workers wrote every body into the cache.
    expect(readdirSync(join(cache, 'bodies'))).toHaveLength(4);

    // A new site title: nothing to compile, every article built again from the cached bodies.
    const site = join(contentDir, 'site.yaml');
    writeFileSync(site, readFileSync(site, 'utf8').replace(/^title: .*$/m, 'title: Marigold'));
    const retitled = await publishSite({ contentDir, outDir: threaded, now: today, cache, workers: 2, minPerWorker: 1 });
    expect(retitled.keptArticles).toBeUndefined();
    const expected = join(tempDir('threads'), 'dist');
    await publishSite({ contentDir, outDir: expected, now: today, workers: 1 });
    expect(readTree(threaded)).toEqual(readTree(expected));
    expect(readTree(threaded).get('articles/long-term-outcomes-of-kap/index.html')).toContain('Marigold');
  });

  it('does on the main thread what a worker has no room for', async () => {
    const single = join(tempDir('no-room'), 'dist');
    await publishSite({ contentDir: realContent, outDir: single, now: today, workers: 1 });
    const starved = join(tempDir('no-room'), 'dist');
    // A heap of 1 MiB runs out before the worker has loaded its code.
    const published = await publishSite({
      contentDir: realContent,
      outDir: starved,
      now: today,
      workers: 2,
      minPerWorker: 1,
      workerHeapMb: 1,
    });
    expect(readTree(starved)).toEqual(readTree(single));
    expect(published.files).toBe(readTree(single).size);
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
      await publishSite({ contentDir, outDir: out, now: today, cache });
      folders.push(statSync(out).ino);
      const cold = join(tempDir('spare-cold'), 'dist');
      await publishSite({ contentDir, outDir: cold, now: today });
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
    await expect(publishSite({ contentDir, outDir: join(root, 'dist'), now: today, cache: tempDir('cache') })).rejects.toThrow(
      'content/articles/long-term-outcomes-of-kap.md:1:1 file: expected a file inside the content folder, got a link to a file outside it: copy the file in instead',
    );
  });

  it('keeps the last output when nothing it is made from changed, and builds again when something did', async () => {
    const contentDir = join(tempDir('unchanged'), 'content');
    cpSync(realContent, contentDir, { recursive: true });
    const cache = tempDir('cache');
    const out = join(tempDir('unchanged-out'), 'dist');
    expect((await publishSite({ contentDir, outDir: out, now: today, cache })).unchanged).toBeUndefined();
    const built = readTree(out);
    expect((await publishSite({ contentDir, outDir: out, now: today, cache })).unchanged).toBe(true);
    expect(readTree(out)).toEqual(built);
    expect((await publishSite({ contentDir, outDir: join(tempDir('other-out'), 'dist'), now: today, cache })).unchanged).toBeUndefined();
    expect((await publishSite({ contentDir, outDir: out, now: new Date('2026-11-23T12:00:00Z'), cache })).unchanged).toBeUndefined();
    const topics = join(contentDir, 'topics.yaml');
    writeFileSync(topics, readFileSync(topics, 'utf8').replace('title: Long-term outcomes', 'title: Outcomes over time'));
    expect((await publishSite({ contentDir, outDir: out, now: today, cache })).unchanged).toBeUndefined();
    expect(readTree(out).get('topics/long-term-outcomes/index.html')).toContain('Outcomes over time');
  });

  it('rebuilds only the files of an edited article, and gives what a cold build of the edit gives', async () => {
    const contentDir = join(tempDir('edit'), 'content');
    cpSync(realContent, contentDir, { recursive: true });
    const cache = tempDir('cache');
    const out = join(tempDir('edit-out'), 'dist');
    await publishSite({ contentDir, outDir: out, now: today, cache });
    const article = join(contentDir, 'articles', 'long-term-outcomes-of-kap.md');
    writeFileSync(article, readFileSync(article, 'utf8').replace('It is a fair question.', 'It is a marigold question.'));
    const edited = await publishSite({ contentDir, outDir: out, now: today, cache });
    expect(edited.keptArticles).toBe(edited.articles - 1);
    // The edited article's old entry is pruned: the cache holds what the content needs now.
    expect(readdirSync(join(cache, 'bodies'))).toHaveLength(edited.articles);
    const manifest = readFileSync(join(cache, 'articles.json'), 'utf8');
    expect(Object.keys(JSON.parse(manifest.slice(manifest.indexOf('\n') + 1)).entries)).toHaveLength(edited.articles);
    const cold = join(tempDir('edit-cold'), 'dist');
    await publishSite({ contentDir, outDir: cold, now: today });
    expect(readTree(out)).toEqual(readTree(cold));
    expect(readTree(out).get('text/long-term-outcomes-of-kap.txt')).toContain('marigold');

    // A kept file that went missing from the output is built again, not linked from nowhere.
    rmSync(join(out, 'text', 'long-term-effects-of-kap-for-ptsd.txt'));
    writeFileSync(article, readFileSync(article, 'utf8').replace('a marigold question', 'a juniper question'));
    const repaired = await publishSite({ contentDir, outDir: out, now: today, cache });
    expect(repaired.keptArticles).toBe(repaired.articles - 2);
    expect(readTree(out).get('text/long-term-effects-of-kap-for-ptsd.txt')).toBe(
      readTree(cold).get('text/long-term-effects-of-kap-for-ptsd.txt'),
    );

    // A record of the last publish changed by anything but the publisher is not used: nothing is kept.
    const record = join(cache, 'last-publish.json');
    writeFileSync(record, readFileSync(record, 'utf8').replace('"articles":4', '"articles":5'));
    writeFileSync(article, readFileSync(article, 'utf8').replace('a juniper question', 'a saffron question'));
    expect((await publishSite({ contentDir, outDir: out, now: today, cache })).keptArticles).toBeUndefined();

    writeFileSync(
      join(contentDir, 'glossary.yaml'),
      `${readFileSync(join(contentDir, 'glossary.yaml'), 'utf8')}- term: SSRI\n  expansion: selective serotonin reuptake inhibitor\n`,
    );
    expect((await publishSite({ contentDir, outDir: out, now: today, cache })).keptArticles).toBeUndefined();
  });
});

describe('npm run build', () => {
  const build = (contentDir: string, out: string) =>
    spawnSync(tsx, [buildCli, '--out', out, '--today', '2026-11-22'], {
      cwd: repoRoot,
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: contentDir, CI: 'true' },
    });

  it('prints its phases as plain lines in CI', () => {
    const out = join(tempDir('cli'), 'dist');
    const result = build(realContent, out);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trimEnd().split('\n');
    const files = readTree(out).size;
    const plain = lines.map((line) =>
      line
        .replace(/\d+ files?/, 'N files')
        .replace(/\d+ compiled/, 'N compiled')
        .replace(/\(\d+ ms\)|in \d+ ms|in [\d.]+ s/, '(time)'),
    );
    expect(plain).toEqual([
      'Articles: 4 articles, N compiled, N files (time)',
      'Web pages: N files (time)',
      'Feeds: N files (time)',
      'Plain-text edition: N files (time)',
      'Write (time)',
      'Published N files (time)',
    ]);
    // Each article's own two files, then the files that list articles.
    const counts = lines.map((line) => Number(/(\d+) files?/.exec(line)?.[1] ?? 0));
    expect(counts[0]).toBe(8);
    expect(counts.slice(0, 4).reduce((a, b) => a + b, 0)).toBe(files);
    expect(counts[5]).toBe(files);
    expect(result.stderr).not.toContain('\r');
    expect(result.stderr).not.toContain('\u001b');
  });

  it('leaves the previous site exactly as it was when the content is broken', () => {
    const contentDir = join(tempDir('broken'), 'content');
    cpSync(realContent, contentDir, { recursive: true });
    const out = join(tempDir('cli'), 'dist');
    expect(build(contentDir, out).status).toBe(0);
    const before = readTree(out);

    const article = join(contentDir, 'articles', 'long-term-outcomes-of-kap.md');
    writeFileSync(
      article,
      readFileSync(article, 'utf8')
        .replace('published: 2025-09-23', 'published: 2025-02-30')
        .replace('## Risks of a longer course', '#### Risks of a longer course'),
    );
    const result = build(contentDir, out);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Content has 2 problems:\n');
    expect(result.stderr).toContain(
      'content/articles/long-term-outcomes-of-kap.md:4:12 published: expected a real calendar date, got "2025-02-30"\n',
    );
    expect(result.stderr).toMatch(
      /content\/articles\/long-term-outcomes-of-kap\.md:\d+:1 heading: expected a heading of level 3 or less, got level 4/,
    );
    expect(result.stderr).toContain('Nothing was published; ');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(readTree(out)).toEqual(before);
  });
});
