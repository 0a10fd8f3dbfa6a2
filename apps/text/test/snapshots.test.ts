import { describe, expect, it } from 'vitest';
import { built, content } from './helpers.js';

// Each snapshot was read in full, as a listener would hear it, before it was accepted.
describe('the text edition, word for word', () => {
  it.each(content.articles.map((article) => [article.slug] as const))('text/%s.txt reads as accepted', async (slug) => {
    await expect(built(`text/${slug}.txt`)).toMatchFileSnapshot(`./__snapshots__/${slug}.txt`);
  });

  it('text/index.txt reads as accepted', async () => {
    await expect(built('text/index.txt')).toMatchFileSnapshot('./__snapshots__/index.txt');
  });
});
