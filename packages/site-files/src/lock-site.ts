import { closeSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';

/** Another process holds the lock of an output folder, and waiting for it did not end it. */
export class SiteLockedError extends Error {
  constructor(
    readonly outDir: string,
    readonly holder: string,
  ) {
    super(`Another build (${holder}) is publishing to ${outDir}: wait for it to finish, or stop it, then run again.`);
    this.name = 'SiteLockedError';
  }
}

/** Options for {@link lockSite}. */
export interface LockSiteOptions {
  /** How long to wait for another build to finish, in milliseconds. Defaults to 10 minutes. */
  waitMs?: number;
  /** Called once when the lock is held by another live process, before waiting. */
  onWait?: (holder: string) => void;
}

/**
 * Takes the lock of an output folder (`<outDir>.lock`), so that two builds, or a build and
 * a dev loop, never write one site at once. A lock left by a process that is gone is taken
 * over. Waits while another live process holds it; throws {@link SiteLockedError} after
 * `waitMs`. Returns the function that releases it.
 */
export async function lockSite(outDir: string, options: LockSiteOptions = {}): Promise<() => void> {
  const path = `${outDir}.lock`;
  const deadline = Date.now() + (options.waitMs ?? 600_000);
  let told = false;
  for (;;) {
    const taken = tryLock(path);
    if (taken) return taken;
    const holder = readHolder(path);
    // Its process is gone (killed, or the machine restarted), or the file was left unreadable
    // long ago: the lock means nothing.
    if ((holder && !isAlive(holder)) || (!holder && ageMs(path) > 5_000)) {
      rmSync(path, { force: true });
      continue;
    }
    const who = holder ? `process ${holder.pid}` : 'a process that is starting';
    if (Date.now() >= deadline) throw new SiteLockedError(outDir, who);
    if (!told) options.onWait?.(who);
    told = true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function tryLock(path: string): (() => void) | undefined {
  let fd: number;
  try {
    fd = openSync(path, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return undefined;
    throw error;
  }
  writeSync(fd, JSON.stringify({ pid: process.pid, host: hostname() }));
  closeSync(fd);
  const release = () => {
    process.off('exit', release);
    // Only our own lock: never one another process took over after us.
    if (readHolder(path)?.pid === process.pid) rmSync(path, { force: true });
  };
  process.on('exit', release);
  return release;
}

function readHolder(path: string): { pid: number; host: string } | undefined {
  try {
    const holder = JSON.parse(readFileSync(path, 'utf8')) as { pid?: unknown; host?: unknown };
    return typeof holder.pid === 'number' && typeof holder.host === 'string' ? { pid: holder.pid, host: holder.host } : undefined;
  } catch {
    // Being written this instant, or damaged: a live process may be writing it.
    return undefined;
  }
}

function isAlive(holder: { pid: number; host: string }): boolean {
  // A lock from another machine (a shared disk) cannot be checked: it is respected.
  if (holder.host !== hostname()) return true;
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  return !isZombie(holder.pid);
}

// A killed process whose parent died too, and was not reaped yet, still has its process
// id: on Linux its state in /proc says it is gone all the same.
function isZombie(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) === 'Z';
  } catch {
    return false;
  }
}

function ageMs(path: string): number {
  try {
    return Date.now() - statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}
