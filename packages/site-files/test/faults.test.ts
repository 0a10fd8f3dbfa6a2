// What the site writer does when a publish was killed, a second one runs, or the output
// folder is not what it left.
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lockSite, openSite, SiteLockedError, writeSite } from '../src/index.js';

const outDir = () => join(mkdtempSync(join(tmpdir(), 'kap-faults-')), 'dist');

describe('a publish killed between the two renames of its swap', () => {
  it('finds the last good site back at its place on the next start, and keeps it when that build fails', () => {
    const out = outDir();
    writeSite([{ path: 'index.html', contents: 'good' }], out);
    // The state a kill leaves: the old output moved aside, the new one complete beside it.
    renameSync(out, `${out}.previous`);
    mkdirSync(`${out}.next`);
    writeFileSync(join(`${out}.next`, 'index.html'), 'new');
    const site = openSite(out);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('good');
    site.add({ path: 'index.html', contents: 'newer' });
    site.abort();
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('good');
    expect(readdirSync(join(out, '..'))).toEqual(['dist']);
  });
});

describe('an output path that is not the site’s folder', () => {
  it('refuses a regular file named dist, and leaves it as it was', () => {
    const out = outDir();
    writeFileSync(out, 'my notes');
    expect(() => writeSite([{ path: 'index.html', contents: 'x' }], out)).toThrow(
      `${out} is not a folder: the site is published as a folder there. Move the file away, then run again.`,
    );
    expect(readFileSync(out, 'utf8')).toBe('my notes');
    expect(readdirSync(join(out, '..'))).toEqual(['dist']);
  });

  it('replaces a read-only output, and a read-only spare is not reused', () => {
    const out = outDir();
    writeSite([{ path: 'a/index.html', contents: 'one' }], out);
    chmodSync(join(out, 'a'), 0o555);
    chmodSync(out, 0o555);
    const second = openSite(out, { keepPrevious: true });
    second.add({ path: 'a/index.html', contents: 'two' });
    second.commit();
    // The read-only output is now the spare: it is not brought up to date but replaced.
    const third = openSite(out, { keepPrevious: true, spare: new Map([['a/index.html', 'x']]) });
    expect(third.reusing).toBe(process.getuid?.() === 0);
    third.add({ path: 'a/index.html', contents: 'three' });
    third.commit();
    expect(readFileSync(join(out, 'a', 'index.html'), 'utf8')).toBe('three');
    const fourth = openSite(out);
    fourth.add({ path: 'index.html', contents: 'four' });
    fourth.commit();
    expect(readdirSync(join(out, '..')).sort()).toEqual(['dist']);
  });
});

describe('lockSite', () => {
  it('makes a second publisher wait until the first releases the lock', async () => {
    const out = outDir();
    const release = await lockSite(out);
    const waited: string[] = [];
    let second = false;
    const pending = lockSite(out, { onWait: (holder) => waited.push(holder) }).then((releaseSecond) => {
      second = true;
      return releaseSecond;
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(second).toBe(false);
    expect(waited).toEqual([`process ${process.pid}`]);
    release();
    (await pending)();
    expect(second).toBe(true);
    expect(existsSync(`${out}.lock`)).toBe(false);
  });

  it('stops with a clear message when the other build does not finish in time', async () => {
    const out = outDir();
    const release = await lockSite(out);
    await expect(lockSite(out, { waitMs: 200 })).rejects.toThrow(new SiteLockedError(out, `process ${process.pid}`).message);
    release();
  });

  it('takes over a lock whose process was killed', async () => {
    const out = outDir();
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    await new Promise((resolve) => child.once('spawn', resolve));
    writeFileSync(`${out}.lock`, JSON.stringify({ pid: child.pid, host: (await import('node:os')).hostname() }));
    await expect(lockSite(out, { waitMs: 200 })).rejects.toThrow(SiteLockedError);
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    const release = await lockSite(out, { waitMs: 200 });
    expect(JSON.parse(readFileSync(`${out}.lock`, 'utf8')).pid).toBe(process.pid);
    release();
  });

  it('takes over a lock whose process was killed but not yet reaped (a zombie, its parent gone too)', async () => {
    const out = outDir();
    // A parent that forks a child which exits at once, and never waits for it.
    const parent = spawn('/usr/bin/python3', [
      '-c',
      'import os,time\npid=os.fork()\nif pid==0: os._exit(0)\nprint(pid, flush=True)\ntime.sleep(30)',
    ]);
    const pid = Number(await new Promise<string>((resolve) => parent.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString()))));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(readFileSync(`/proc/${pid}/stat`, 'utf8')).toMatch(/\) Z /);
    writeFileSync(`${out}.lock`, JSON.stringify({ pid, host: (await import('node:os')).hostname() }));
    const release = await lockSite(out, { waitMs: 200 });
    expect(JSON.parse(readFileSync(`${out}.lock`, 'utf8')).pid).toBe(process.pid);
    release();
    parent.kill('SIGKILL');
  });
});
