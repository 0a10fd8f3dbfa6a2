import type { Content } from '@kap/content-compiler/types';
import { describe, expect, it } from 'vitest';
import { buildText, lintSpeech } from '../src/index.js';
import { content } from './helpers.js';

// The real content with one article changed, to show rules the real articles do not exercise.
function withArticle(change: Partial<Content['articles'][number]>): Content {
  const [first] = content.articles;
  if (!first) throw new Error('expected at least one article');
  return { ...content, articles: [{ ...first, ...change }] };
}

describe('the article frame', () => {
  it('spells out an abbreviation in the title and summary, which stand apart from the body', () => {
    const [file] = buildText(withArticle({ title: 'What KAP offers (and what it does not)', description: 'KAP, e.g. for PTSD.' }));
    const lines = file?.contents.split('\n') ?? [];
    expect(lines[0]).toBe('What ketamine-assisted psychotherapy offers, and what it does not.');
    expect(lines[2]).toBe('Ketamine-assisted psychotherapy, for example, for post-traumatic stress disorder, or PTSD.');
    // The body keeps its own first uses: the title's scope is its own.
    expect(file?.contents).toContain('Food and Drug Administration, or FDA, has');
    expect(lintSpeech(file?.contents ?? '')).toEqual([]);
  });

  it('names only its own addresses, not sections, in the way-around paragraph of an article without sections', () => {
    const body = { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: 'One short note: rest.' }] }] };
    const [file] = buildText({ ...withArticle({}), getBody: () => body } as Content);
    const lines = file?.contents.split('\n') ?? [];
    const note = lines.indexOf('One short note. Rest.');
    expect(lines.slice(note - 2, note)).toEqual([
      'The web page of this article is link 1 in the list of links at the end, and the address of this text file is link 2.',
      '',
    ]);
    expect(file?.contents).not.toMatch(/This article has \d/);
    expect(lintSpeech(file?.contents ?? '')).toEqual([]);
  });

  it('leaves out the updated date when there is none', () => {
    const [file] = buildText(withArticle({ published: '2025-03-12' }));
    const { updated: _, ...rest } = content.articles[0] ?? {};
    expect(file?.contents.split('\n')[4]).toMatch(
      /^Published 12 March 2025\.( Updated .*\.)? This article has not yet been reviewed by a clinician\.$/,
    );
    const [plain] = buildText({ ...content, articles: [{ ...(rest as Content['articles'][number]) }] });
    expect(plain?.contents.split('\n')[4]).not.toContain('Updated');
  });

  it('names the recorded reviewer, credentials and dates in words on the dates line', () => {
    const review = { reviewer: 'Alex Fixture', credentials: 'MD, psychiatrist', date: '2026-11-02', nextDue: '2027-11-02' } as const;
    const [file] = buildText(withArticle({ published: '2025-03-12', review }));
    expect(file?.contents.split('\n')[4]).toMatch(
      /^Published 12 March 2025\.( Updated .*\.)? Reviewed by Alex Fixture, MD, psychiatrist, on 2 November 2026\. Next review due by 2 November 2027\.$/,
    );
    expect(lintSpeech(file?.contents ?? '')).toEqual([]);
  });
});
