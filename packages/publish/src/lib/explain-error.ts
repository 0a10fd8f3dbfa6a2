import { ContentDataError, ContentDirError, ContentProblemsError } from '@kap/content-compiler/data';
import { SiteFolderError, SiteLockedError } from '@kap/site-files';
import { CacheSaveError } from '../publish-site.js';

// What to do about each file-system error, in words.
const advice: Record<string, string> = {
  EACCES: 'no permission: fix the permissions of that path',
  EPERM: 'the operation is not permitted: fix the permissions of that path',
  ENOSPC: 'the disk is full: free some space',
  EDQUOT: 'the disk quota is used up: free some space',
  EROFS: 'the file system is read-only: publish somewhere writable',
  ENAMETOOLONG: 'a name is too long for the file system: use a shorter path',
  EISDIR: 'a folder is where a file should be: move it away',
  ENOTDIR: 'a file is where a folder should be: move it away',
  EMFILE: 'too many files are open: close some programs',
  EBUSY: 'the path is in use by another program: close it',
};

/**
 * One clear message for an error that stops a command, without a stack trace (unless
 * `DEBUG` is set): a content error lists its problems, a file-system error names the path
 * and what to do about it.
 */
export function explainError(error: unknown): string {
  if (
    error instanceof ContentProblemsError ||
    error instanceof ContentDirError ||
    error instanceof ContentDataError ||
    error instanceof SiteLockedError ||
    error instanceof SiteFolderError
  ) {
    return error.message;
  }
  if (error instanceof CacheSaveError) {
    return `${error.message} (${explainError(error.cause)
      .replace(/^Could not publish: /, '')
      .replace(/\.$/, '')}). The next build will be slower.`;
  }
  const { code, path, dest } = error as NodeJS.ErrnoException & { dest?: string };
  if (code && advice[code])
    return `Could not publish: ${code} at ${dest ?? path ?? 'a file of the site'}: ${advice[code]}, then run again.`;
  const detail = error instanceof Error ? error.message : String(error);
  return `Could not publish: ${detail}${process.env.DEBUG ? `\n${(error as Error).stack ?? ''}` : ' (set DEBUG=1 to see where it happened)'}`;
}
