// The JSON Schemas authors' editors check with: generated from the zod schemas, never stale,
// and wired through .remarkrc.mjs so that a wrong frontmatter field is flagged as it is typed.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import remarkParse from 'remark-parse';
import { type PluggableList, unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';

const repo = join(import.meta.dirname, '..', '..', '..');
// The configuration the editor extension reads, as it reads it.
const remarkConfig = (await import(pathToFileURL(join(repo, '.remarkrc.mjs')).href)).default as { plugins: PluggableList };

async function editorMessages(frontmatter: string): Promise<string[]> {
  const processor = unified().use(remarkParse).use(remarkConfig.plugins);
  // The editor extension names the file by its place in the repository; it need not exist.
  const file = new VFile({
    path: join(repo, 'content', 'articles', 'an-article-being-written.md'),
    value: `---\n${frontmatter}\n---\n\nText.\n`,
  });
  await processor.run(processor.parse(file), file);
  // Each reason reads "what • schema file • where in the schema"; the file is ours.
  return file.messages.map((message) => {
    const [what, , where] = message.reason.split(' • ');
    return `${what} at ${where}`;
  });
}

const valid = ['title: A title', 'description: A summary.', 'published: 2026-03-12', 'topics: [ptsd]'].join('\n');

describe('the JSON Schemas for editors', () => {
  it('match the zod schemas: what the build wrote is what is committed', () => {
    // The build writes schemas/ (and the flattened types) from the zod schemas, so a stale
    // committed copy shows up as a change in the work tree.
    const pkg = join(import.meta.dirname, '..');
    const fresh = spawnSync('node', ['scripts/write-json-schemas.mjs', '--check'], { cwd: pkg, encoding: 'utf8' });
    expect(fresh.stderr).toBe('');
    const diff = spawnSync('git', ['diff', '--stat', '--', 'schemas', 'src/generated'], { cwd: pkg, encoding: 'utf8' });
    expect(diff.status).toBe(0);
    expect(diff.stdout).toBe('');
  });

  it('accept a valid article frontmatter in the editor', async () => {
    expect(await editorMessages(valid)).toEqual([]);
  });

  it('flag a misspelt field, a wrong date and a missing title in the editor', async () => {
    const messages = await editorMessages(
      valid.replace('title: A title', 'titel: A title').replace('published: 2026-03-12', 'published: March 12'),
    );
    expect(messages).toEqual([
      "Must have required property 'title' at #/required",
      'Must NOT have additional properties at #/additionalProperties',
      'Must match pattern "^\\d{4}-\\d{2}-\\d{2}$" at #/properties/published/pattern',
      'Must match format "date" at #/properties/published/format',
    ]);
  });
});
