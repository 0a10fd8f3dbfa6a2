import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** One timed run of a whole command. */
export interface Measurement {
  ms: number;
  /** The largest resident set of any process the command ran (worker threads are inside theirs), in MiB. */
  peakMiB: number;
  /** What it printed. */
  stdout: string;
}

/**
 * Runs a command as a user runs it, in its own processes, and times it from start to exit.
 * GNU time reports the peak resident set of the command's whole tree of processes: each
 * waits for its children, and Linux folds a reaped child's peak into its parent's.
 */
export function timeCommand(command: string, args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Measurement {
  const dir = mkdtempSync(join(tmpdir(), 'kap-time-'));
  const report = join(dir, 'time');
  try {
    const start = performance.now();
    const run = spawnSync('/usr/bin/time', ['-o', report, '-f', '%M', command, ...args], {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const ms = performance.now() - start;
    if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${run.status}):\n${run.stdout}\n${run.stderr}`);
    const kib = Number(readFileSync(report, 'utf8').trim().split('\n').at(-1));
    return { ms: Math.round(ms), peakMiB: Math.round(kib / 1024), stdout: run.stdout };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
