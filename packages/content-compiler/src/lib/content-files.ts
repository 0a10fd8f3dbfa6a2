import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
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

  /** Markdown files under a folder of the content, sorted, or none when it is absent. */
  list(folder: string): string[] {
    const dir = join(this.root, folder);
    if (!existsSync(dir)) return [];
    return readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.md'))
      .sort()
      .map((name) => join(dir, name));
  }

  /** A file's normalised text, or undefined after recording why it could not be read. */
  read(path: string): string | undefined {
    const file = this.display(path);
    if (!existsSync(path)) {
      this.problems.push({ file, line: 1, column: 1, field: 'file', message: 'expected this file to exist, got nothing' });
      return undefined;
    }
    const source = readSource(file, readFileSync(path));
    if (source.ok) return source.text;
    this.problems.push(...source.problems);
    return undefined;
  }
}
