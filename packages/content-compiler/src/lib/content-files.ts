import { existsSync, readFileSync } from 'node:fs';
import { basename, relative, sep } from 'node:path';
import { describeError, listMarkdownFiles } from './content-entries.js';
import type { Problem } from './problems.js';
import { readSource } from './read-source.js';

/** Reads content files and names them the way problems show them: `content/site.yaml`. */
export class ContentFiles {
  readonly problems: Problem[] = [];
  constructor(readonly root: string) {}

  /** The name shown in messages: the content folder's own name, then the path inside it. */
  display(path: string): string {
    return [basename(this.root), ...relative(this.root, path).split(sep)].join('/');
  }

  /**
   * Markdown files under a folder of the content, sorted, or none when it is absent. An
   * entry that looks like Markdown but cannot be read as it is recorded as a problem.
   */
  list(folder: string): string[] {
    const { files, problems } = listMarkdownFiles(this.root, folder);
    for (const { path, message } of problems) this.problems.push({ file: this.display(path), line: 1, column: 1, field: 'file', message });
    return files;
  }

  /** A file's bytes, or undefined after recording why it could not be read. */
  bytes(path: string): Uint8Array | undefined {
    try {
      return readFileSync(path);
    } catch (error) {
      const file = this.display(path);
      this.problems.push({ file, line: 1, column: 1, field: 'file', message: `expected a readable file, got ${describeError(error)}` });
      return undefined;
    }
  }

  /** A file's normalised text, or undefined after recording why it could not be read. */
  read(path: string): string | undefined {
    const file = this.display(path);
    if (!existsSync(path)) {
      this.problems.push({ file, line: 1, column: 1, field: 'file', message: 'expected this file to exist, got nothing' });
      return undefined;
    }
    const bytes = this.bytes(path);
    if (bytes === undefined) return undefined;
    const source = readSource(file, bytes);
    if (source.ok) return source.text;
    this.problems.push(...source.problems);
    return undefined;
  }
}
