import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { files } from './helpers.js';

const run = promisify(execFile);
const app = new URL('../', import.meta.url);

describe('the CLI', () => {
  it('writes every file of buildText under dist/ and leaves no build folder behind', async () => {
    await run(process.execPath, ['--import', 'tsx', 'src/cli.ts'], { cwd: app });
    for (const [path, text] of files) expect(readFileSync(new URL(`dist/${path}`, app), 'utf8')).toBe(text);
    expect(readdirSync(new URL('dist/text/', app)).length).toBe(files.size);
    expect(existsSync(new URL('.dist-next', app))).toBe(false);
    expect(existsSync(new URL('.dist-old', app))).toBe(false);
  }, 60_000);
});
