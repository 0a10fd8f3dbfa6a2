import { describe, expect, it } from 'vitest';
import { lintSpeech } from '../src/index.js';
import { files } from './helpers.js';

describe('the built edition', () => {
  it.each([...files.keys()])('%s has no speech lint findings', (path) => {
    const findings = lintSpeech(files.get(path) ?? '').map(
      (f) => `${path}:${f.line}:${f.column} ${f.kind} ${JSON.stringify(f.text)}: ${f.message}`,
    );
    expect(findings).toEqual([]);
  });
});
