import { type Dirent, readdirSync, realpathSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';

/** The largest Markdown file the compiler reads: far beyond any article, small enough to bound a compile. */
export const maxFileBytes = 512 * 1024;

/** A problem with an entry of a content folder, before its text is read. */
export interface EntryProblem {
  path: string;
  message: string;
}

// Extensions an author may mean as Markdown: only `.md` is read, the others are named.
const markdownLike = /^\.(?:md|markdown|mdown|mkdn?|mdwn|mdtext|text)$/i;

/**
 * The Markdown files under a folder of the content, sorted, and a problem for each entry
 * that looks like one but cannot be read as one: a folder named `x.md`, a link to a missing
 * file or to a file outside the content folder, `.MD` or `.markdown` instead of `.md`.
 * Links to files inside the content folder count as the file.
 */
export function listMarkdownFiles(root: string, folder: string): { files: string[]; problems: EntryProblem[] } {
  const dir = join(root, folder);
  const files: string[] = [];
  const problems: EntryProblem[] = [];
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { files, problems };
    return { files, problems: [{ path: dir, message: `expected a readable folder, got ${describeError(error)}` }] };
  }
  const realRoot = safeRealpath(root) ?? root;
  for (const entry of entries) {
    const path = join(entry.parentPath, entry.name);
    const extension = extname(entry.name);
    if (!markdownLike.test(extension)) continue;
    const kind = entryKind(entry, path, realRoot);
    if (kind !== 'file') {
      problems.push({ path, message: kind });
      continue;
    }
    if (extension !== '.md') {
      problems.push({ path, message: `expected the extension .md, got "${extension}": rename the file to end in .md` });
      continue;
    }
    files.push(path);
  }
  return { files: files.sort(), problems };
}

function entryKind(entry: Dirent, path: string, realRoot: string): 'file' | string {
  if (entry.isFile()) return 'file';
  if (entry.isDirectory()) return 'expected a Markdown file, got a folder: rename the folder';
  if (!entry.isSymbolicLink()) return 'expected a Markdown file, got a special file';
  const target = safeRealpath(path);
  if (target === undefined) return 'expected a Markdown file, got a link to a file that does not exist';
  const inside = relative(realRoot, target);
  if (inside.startsWith(`..${sep}`) || inside === '..' || inside.startsWith(sep)) {
    return 'expected a file inside the content folder, got a link to a file outside it: copy the file in instead';
  }
  try {
    if (!statSync(target).isFile()) return 'expected a Markdown file, got a link to a folder';
  } catch (error) {
    return `expected a readable file, got ${describeError(error)}`;
  }
  return 'file';
}

function safeRealpath(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}

/** A file-system error in words, for a message that names the file. */
export function describeError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const words: Record<string, string> = {
    EACCES: 'no permission to read it',
    EPERM: 'no permission to read it',
    EISDIR: 'a folder',
    ENOENT: 'nothing: it does not exist',
    ENAMETOOLONG: 'a name too long for the file system',
    ELOOP: 'a loop of links',
    EMFILE: 'too many open files',
  };
  return (code && words[code]) ?? `an error (${code ?? (error as Error).message})`;
}
