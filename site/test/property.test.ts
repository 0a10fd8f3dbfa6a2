// Property-based: generated Markdown bodies and frontmatter strings, hostile ones among
// them, either come out of every channel well-formed (XML that parses, HTML that validates,
// JSON, plain text without control characters) or stop the build with located problems.
// Never a crash, never a hang.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ContentProblemsError, compileContent } from '@kap/content-compiler';
import fc from 'fast-check';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { afterAll, describe, expect, it } from 'vitest';
import { fromXml } from 'xast-util-from-xml';
import { repoRoot, siteFiles, today } from './helpers.js';

const fixture = join(repoRoot, 'packages', 'content-compiler', 'test', 'fixtures', 'valid');
const webConfig = join(repoRoot, 'apps', 'web', 'page.html');
const validator = new HtmlValidate(new FileSystemConfigLoader());
const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

// Pieces a writer, a careless paste or an attacker might put in a body.
const piece = fc.oneof(
  fc.constantFrom(
    '## A section',
    '### A part',
    '#### Too deep',
    '**strong**',
    '*soft* _words_',
    '`code <b> & ]]>`',
    '```\nif (a < b) { x = 2*3; }\n```',
    '> a quote',
    '- one\n- two',
    '1. first\n2. second',
    '[a link](https://example.org/?a=1&b=2)',
    '[home](/about/)',
    '[bad](javascript:alert(1))',
    '![alt](/images/a.png)',
    '![](https://tracker.example/p.gif)',
    '<script>alert(1)</script>',
    ']]>',
    '&amp; &lt; & < >',
    '\u0000\u000b\uFFFE',
    'PTSD',
    'post-traumatic stress disorder, or PTSD,',
    'a study found [@kew-2023]',
    '[@nobody]',
    '[[[[[[',
    '2*3 = 6, max_dose_mg',
    'e.g. 5-10 mg/kg',
    '\u{1F642} \u2022 \u2192',
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
);
const body = fc.array(piece, { minLength: 1, maxLength: 12 }).map((pieces) => pieces.join(pieces.length % 2 ? '\n\n' : ' '));
const text = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom('A plain title', 'Ketamine & therapy <b>', ']]>', 'Café \u0301 \u{1F642}'),
);

function contentWith(title: string, description: string, markdown: string): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'kap-property-')), 'content');
  made.push(dir);
  cpSync(fixture, dir, { recursive: true });
  // JSON strings are YAML strings: escapes such as \u0001 reach the parser as written.
  const frontmatter = [
    `title: ${JSON.stringify(title)}`,
    `description: ${JSON.stringify(description)}`,
    'published: 2025-06-01',
    'topics: [ptsd]',
  ].join('\n');
  writeFileSync(join(dir, 'articles', 'generated.md'), `---\n${frontmatter}\n---\n\n${markdown}\n`);
  return dir;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters no channel may carry
const controlCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

describe('any generated article', () => {
  it('gives well-formed channels or located problems, never a crash', async () => {
    const outcomes = { published: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(text, text, body, async (title, description, markdown) => {
        const contentDir = contentWith(title, description, markdown);
        let content: ReturnType<typeof compileContent>['content'];
        try {
          ({ content } = compileContent({ contentDir, now: today }));
        } catch (error) {
          expect(error).toBeInstanceOf(ContentProblemsError);
          for (const problem of (error as ContentProblemsError).problems) {
            expect(problem.file).toMatch(/^content\//);
            expect(problem.line).toBeGreaterThan(0);
            expect(problem.column).toBeGreaterThan(0);
            expect(problem.field).not.toBe('');
          }
          outcomes.refused++;
          return;
        }
        outcomes.published++;
        for (const file of siteFiles(content).values()) {
          if (file.encoding === 'base64') continue;
          expect(file.contents, file.path).not.toMatch(controlCharacters);
          if (file.path.endsWith('.xml')) expect(() => fromXml(file.contents), file.path).not.toThrow();
          if (file.path.endsWith('.json')) expect(() => JSON.parse(file.contents), file.path).not.toThrow();
          if (file.path === 'articles/generated/index.html') {
            const report = await validator.validateString(file.contents, webConfig);
            expect(
              report.results.flatMap((result) => result.messages.map((message) => message.message)),
              file.path,
            ).toEqual([]);
          }
        }
      }),
      // A fixed seed, so that CI runs the same cases every time; FC_SEED explores others.
      { numRuns: 60, seed: Number(process.env.FC_SEED ?? 20261203) },
    );
    // Both paths were taken: the generator makes valid articles as well as broken ones.
    expect(outcomes.published).toBeGreaterThan(5);
    expect(outcomes.refused).toBeGreaterThan(5);
  }, 120_000);
});
