// Worker threads run the bundled compiler, so this test uses the built package.
import { describe, expect, it } from 'vitest';
import { compileContentParallel, memoryCache } from '../dist/compiler.js';
import { compileContent } from '../src/compiler.js';
import { article, contentWith, goodFrontmatter, today } from './helpers.js';

describe('compileContentParallel', () => {
  it('gives exactly what compileContent gives, with the articles compiled in worker threads', async () => {
    const contentDir = contentWith({});
    const cache = memoryCache();
    const parallel = await compileContentParallel({ contentDir, now: today, cache, workers: 2, minPerWorker: 1 });
    const serial = compileContent({ contentDir, now: today });
    expect(JSON.stringify(parallel.content)).toBe(JSON.stringify(serial.content));
    for (const { slug } of serial.content.articles) expect(parallel.content.getBody(slug)).toEqual(serial.content.getBody(slug));
  });

  it('reports the same problems', async () => {
    const contentDir = contentWith({ 'articles/bad.md': article(goodFrontmatter.replace('2025-06-01', '2025-02-30'), '<b>x</b>\n') });
    const failure = await compileContentParallel({ contentDir, now: today, workers: 2, minPerWorker: 1 }).catch(
      (error: Error) => error.message,
    );
    expect(failure).toBe(
      [
        'Content has 3 problems:',
        'content/articles/bad.md:4:12 published: expected a real calendar date, got "2025-02-30"',
        'content/articles/bad.md:9:1 html: expected Markdown, got raw HTML "<b>"',
        'content/articles/bad.md:9:5 html: expected Markdown, got raw HTML "</b>"',
      ].join('\n'),
    );
  });
});
