import { writeFileSync } from 'node:fs';

/**
 * A hook for fault tests: when `KAP_TEST_PAUSE` names this point, the process writes the
 * point's name to `KAP_TEST_PAUSE_FILE` and stops there, so that a test can kill it at
 * exactly that instant. Does nothing otherwise.
 */
export function testPause(point: string): void {
  if (process.env.KAP_TEST_PAUSE !== point || !process.env.KAP_TEST_PAUSE_FILE) return;
  writeFileSync(process.env.KAP_TEST_PAUSE_FILE, point);
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 120_000);
}
