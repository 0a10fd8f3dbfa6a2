import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildContentData, createContentMemory } from '../src/build-content-data.js';
import { compileContent } from '../src/lib/compile-content.js';
import { ContentProblemsError } from '../src/lib/problems.js';
import { ContentDataError, readArticleBody, readContentData } from '../src/lib/read-content-data.js';
import { contentWith } from './helpers.js';

const now = new Date('2026-11-22T12:00:00Z');
const temp = () => mkdtempSync(join(tmpdir(), 'kap-build-data-'));
const bodyFiles = (out: string) => readdirSync(join(out, 'bodies')).sort();

// The build as it ships (dist/): its worker threads run the bundled compile-worker.js.
async function builtBuildContentData() {
  const bundle = pathToFileURL(join(import.meta.dirname, '..', 'dist', 'index.js')).href;
  return ((await import(bundle)) as typeof import('../src/index.js')).buildContentData;
}

describe('buildContentData', () => {
  it('writes data that reads back as the compiled content, metadata and every body', async () => {
    const contentDir = contentWith({});
    const out = join(temp(), 'data');
    const built = await buildContentData({ contentDir, outDir: out, now });
    // Every article file is compiled, drafts too (to be checked); only the published ones are written.
    expect(built).toMatchObject({ articles: 2, compiled: 4, written: 2, unchanged: false });
    const { content } = compileContent({ contentDir, now });
    const data = readContentData(out);
    expect(data.index.articles).toEqual(content.articles);
    expect(data.index.site).toEqual(content.site);
    for (const { slug } of content.articles) expect(readArticleBody(out, data.bodies.get(slug) ?? '')).toEqual(content.getBody(slug));
    expect(data.digest).toBe(built.data?.digest);
  });

  it('with a cache, compiles and writes nothing when nothing changed, and only the edited article after an edit', async () => {
    const contentDir = contentWith({});
    const root = temp();
    const out = join(root, 'data');
    const cache = join(root, 'cache');
    await buildContentData({ contentDir, outDir: out, now, cache });
    const before = bodyFiles(out);
    const meta = statSync(join(out, 'meta.json')).mtimeMs;
    expect(await buildContentData({ contentDir, outDir: out, now, cache })).toMatchObject({ unchanged: true, compiled: 0, written: 0 });
    expect(statSync(join(out, 'meta.json')).mtimeMs).toBe(meta);

    const file = join(contentDir, 'articles', 'first-article.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('title: ', 'title: Edited '));
    const edited = await buildContentData({ contentDir, outDir: out, now, cache });
    expect(edited).toMatchObject({ unchanged: false, compiled: 1, written: 1 });
    const after = bodyFiles(out);
    // The second article's modules are the same files; the first article's are new, the old ones gone.
    expect(after.filter((name) => name.startsWith('second-article.'))).toEqual(before.filter((name) => name.startsWith('second-article.')));
    expect(after.filter((name) => name.startsWith('first-article.'))).not.toEqual(
      before.filter((name) => name.startsWith('first-article.')),
    );
    expect(after).toHaveLength(4);
    expect(readContentData(out).index.articles.find((article) => article.slug === 'first-article')?.title).toMatch(/^Edited /);
  });

  it('sees an edit from one process to the next that keeps the file size, though unchanged files are not read again', async () => {
    const contentDir = contentWith({});
    const root = temp();
    const out = join(root, 'data');
    const cache = join(root, 'cache');
    await buildContentData({ contentDir, outDir: out, now, cache });
    // The next process knows each file's size, times and inode, and their digests.
    expect(createContentMemory(cache).stamps.size).toBeGreaterThan(2);
    const file = join(contentDir, 'articles', 'first-article.md');
    const text = readFileSync(file, 'utf8');
    const same = text.replace(/title: ./, 'title: Z');
    expect(same).not.toBe(text);
    expect(same.length).toBe(text.length);
    writeFileSync(file, same);
    expect(await buildContentData({ contentDir, outDir: out, now, cache })).toMatchObject({ unchanged: false, compiled: 1, written: 1 });
  });

  it('builds again when the data was changed by something else, even with nothing changed in the content', async () => {
    const contentDir = contentWith({});
    const root = temp();
    const out = join(root, 'data');
    const cache = join(root, 'cache');
    await buildContentData({ contentDir, outDir: out, now, cache });
    const good = readFileSync(join(out, 'meta.json'), 'utf8');
    writeFileSync(join(out, 'meta.json'), '{}');
    expect(await buildContentData({ contentDir, outDir: out, now, cache })).toMatchObject({ unchanged: false, compiled: 0 });
    expect(readFileSync(join(out, 'meta.json'), 'utf8')).toBe(good);
  });

  it('leaves the data as it was when the content has a problem, and says where', async () => {
    const contentDir = contentWith({});
    const out = join(temp(), 'data');
    await buildContentData({ contentDir, outDir: out, now });
    const files = bodyFiles(out);
    const meta = readFileSync(join(out, 'meta.json'), 'utf8');
    writeFileSync(join(contentDir, 'articles', 'first-article.md'), '---\ntitle: [\n---\nBody.\n');
    const failed = buildContentData({ contentDir, outDir: out, now });
    await expect(failed).rejects.toBeInstanceOf(ContentProblemsError);
    await expect(failed).rejects.toThrow(/articles\/first-article\.md:2:/);
    expect(bodyFiles(out)).toEqual(files);
    expect(readFileSync(join(out, 'meta.json'), 'utf8')).toBe(meta);
  });

  it('compiles across worker threads into a cache folder what it compiles on one thread', async () => {
    const contentDir = contentWith({});
    const root = temp();
    await buildContentData({ contentDir, outDir: join(root, 'one'), now, workers: 1 });
    const builtBuild = await builtBuildContentData();
    await builtBuild({ contentDir, outDir: join(root, 'two'), now, cache: join(root, 'cache'), workers: 2, minPerWorker: 1 });
    expect(readContentData(join(root, 'two')).index).toEqual(readContentData(join(root, 'one')).index);
    // Revisions differ (they digest the compiler's code, here its sources and there its bundle): the bodies do not.
    const [one, two] = [readContentData(join(root, 'one')), readContentData(join(root, 'two'))];
    for (const [slug, name] of one.bodies)
      expect(readArticleBody(two.dir, two.bodies.get(slug) ?? '')).toEqual(readArticleBody(one.dir, name));
  });

  it('compiles on the main thread what a worker has no room for', async () => {
    const contentDir = contentWith({});
    const root = temp();
    await buildContentData({ contentDir, outDir: join(root, 'one'), now, workers: 1 });
    const builtBuild = await builtBuildContentData();
    // A heap of 1 MiB runs out before the worker has loaded its code.
    const starved = await builtBuild({
      contentDir,
      outDir: join(root, 'two'),
      now,
      cache: join(root, 'cache'),
      workers: 2,
      minPerWorker: 1,
      workerHeapMb: 1,
    });
    expect(starved).toMatchObject({ articles: 2, compiled: 4 });
    expect(readContentData(join(root, 'two')).index).toEqual(readContentData(join(root, 'one')).index);
  });

  it('keeps what a long-lived process learned between builds: unchanged files are not read again', async () => {
    const contentDir = contentWith({});
    const out = join(temp(), 'data');
    const memory = createContentMemory();
    await buildContentData({ contentDir, outDir: out, now, cache: memory });
    expect(memory.stamps.size).toBeGreaterThan(2);
    const again = await buildContentData({ contentDir, outDir: out, now, cache: memory });
    expect(again).toMatchObject({ compiled: 0, written: 0 });
  });
});

describe('readContentData', () => {
  it('names the folder when it holds no data', () => {
    const dir = temp();
    expect(() => readContentData(dir)).toThrow(ContentDataError);
    expect(() => readContentData(dir)).toThrow(`${dir} holds no content data`);
  });
});
