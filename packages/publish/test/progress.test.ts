import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createProgress, formatDuration } from '../src/lib/progress.js';

/** A stream that keeps what was written to it, posing as a terminal or not. */
function collector(isTTY: boolean) {
  let text = '';
  const stream = new Writable({
    write(chunk, _encoding, done) {
      text += String(chunk);
      done();
    },
  }) as unknown as NodeJS.WriteStream;
  Object.assign(stream, { isTTY });
  return { stream, text: () => text };
}

const withoutTimes = (text: string) => text.replace(/\(\d+ ms\)/g, '(time)');

describe('createProgress', () => {
  it('prints one plain line per phase when not live', async () => {
    const out = collector(false);
    const progress = createProgress({ stream: out.stream, live: false });
    const result = await progress.phase(
      'Content',
      (tick) => {
        tick(1, 2);
        tick(2, 2);
        return 4;
      },
      (articles) => `${articles} articles`,
    );
    progress.done('Published 9 files');
    expect(result).toBe(4);
    expect(withoutTimes(out.text())).toBe('Content: 4 articles (time)\nPublished 9 files\n');
  });

  it('shows the count as it goes on a terminal, then replaces it with the result', async () => {
    const out = collector(true);
    const progress = createProgress({ stream: out.stream, live: true });
    await progress.phase('Content', async (tick) => {
      tick(2, 2);
      return 1;
    });
    expect(withoutTimes(out.text())).toBe('Content...\r\u001b[2KContent: 2 of 2\r\u001b[2KContent (time)\n');
  });

  it('is live on a terminal outside CI only', async () => {
    const before = process.env.CI;
    const run = async (isTTY: boolean) => {
      const out = collector(isTTY);
      await createProgress({ stream: out.stream }).phase('Feeds', () => 1);
      return withoutTimes(out.text());
    };
    try {
      delete process.env.CI;
      expect(await run(true)).toBe('Feeds...\r\u001b[2KFeeds (time)\n');
      expect(await run(false)).toBe('Feeds (time)\n');
      process.env.CI = 'true';
      expect(await run(true)).toBe('Feeds (time)\n');
    } finally {
      if (before === undefined) delete process.env.CI;
      else process.env.CI = before;
    }
  });

  it('writes durations for people', () => {
    expect(formatDuration(850.4)).toBe('850 ms');
    expect(formatDuration(2440)).toBe('2.4 s');
  });
});
