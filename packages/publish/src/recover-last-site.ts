import { lockSite, recoverSite, SiteLockedError } from '@kap/site-files';

/**
 * Puts the last good site back at `outDir` when a publish was killed while swapping it in
 * (it is then beside its place), unless another publish is running, which finishes the
 * swap itself. A build runs this first: a content error can stop it before it publishes,
 * and the last good site must be in place then too.
 */
export async function recoverLastSite(outDir: string): Promise<void> {
  let release: () => void;
  try {
    release = await lockSite(outDir, { waitMs: 0 });
  } catch (error) {
    if (error instanceof SiteLockedError) return;
    throw error;
  }
  try {
    recoverSite(outDir);
  } finally {
    release();
  }
}
