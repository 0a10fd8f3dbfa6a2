/** Where a long job says what it is doing. */
export interface Progress {
  /** Runs one phase, reporting its name, a count of what it made and the time it took. */
  phase<T>(name: string, run: (tick: (done: number, total: number) => void) => T | Promise<T>, count?: (result: T) => string): Promise<T>;
  /** A closing line. */
  done(message: string): void;
}

/** Options for {@link createProgress}. */
export interface CreateProgressOptions {
  stream?: NodeJS.WriteStream;
  /** Live, rewritten status lines. Defaults to on for a terminal outside CI. */
  live?: boolean;
}

/**
 * On a terminal, shows each phase as it runs with a live count and then its time; in CI
 * logs and pipes, prints one plain line per phase, no colours and no carriage returns.
 */
export function createProgress(options: CreateProgressOptions = {}): Progress {
  const stream = options.stream ?? process.stderr;
  const live = options.live ?? (Boolean(stream.isTTY) && !process.env.CI);
  return {
    async phase(name, run, count) {
      const start = performance.now();
      let lastDraw = 0;
      const tick = (done: number, total: number) => {
        const now = performance.now();
        if (!live || (now - lastDraw < 100 && done < total)) return;
        lastDraw = now;
        stream.write(`\r\x1b[2K${name}: ${done} of ${total}`);
      };
      if (live) stream.write(`${name}...`);
      const result = await run(tick);
      const summary = count ? `: ${count(result)}` : '';
      const line = `${name}${summary} (${formatDuration(performance.now() - start)})`;
      stream.write(live ? `\r\x1b[2K${line}\n` : `${line}\n`);
      return result;
    },
    done(message) {
      stream.write(`${message}\n`);
    },
  };
}

/** A progress that prints nothing, for tests and library callers. */
export const silentProgress: Progress = {
  phase: async (_name, run) => run(() => {}),
  done: () => {},
};

/** "850 ms" or "2.4 s". */
export function formatDuration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}
