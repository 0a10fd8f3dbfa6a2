/** One timed run of a build, printed by a child process as its last line. */
export interface Measurement {
  ms: number;
  /** Peak resident memory of the whole process, in MiB. */
  peakMiB: number;
}

/** Prints the measurement as JSON for the parent to read. */
export function printMeasurement(ms: number): void {
  const measurement: Measurement = { ms: Math.round(ms), peakMiB: Math.round(process.resourceUsage().maxRSS / 1024) };
  console.log(JSON.stringify(measurement));
}
