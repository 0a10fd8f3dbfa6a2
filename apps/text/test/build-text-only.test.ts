import { join } from 'node:path';
import { compileContent } from '@kap/content-compiler';
import { describe, expect, it } from 'vitest';
import { buildText } from '../src/index.js';

const { content } = compileContent({
  contentDir: join(import.meta.dirname, '..', '..', '..', 'content'),
  now: new Date('2026-11-22T12:00:00Z'),
});

describe('buildText with only', () => {
  it('writes the article files of the named slugs and always the full index', () => {
    const full = buildText(content);
    const slug = content.articles[1]?.slug ?? '';
    expect(buildText(content, { only: new Set([slug]) })).toEqual(
      full.filter((file) => file.path === `text/${slug}.txt` || file.path === 'text/index.txt'),
    );
    expect(buildText(content, { only: new Set() }).map((file) => file.path)).toEqual(['text/index.txt']);
  });
});
