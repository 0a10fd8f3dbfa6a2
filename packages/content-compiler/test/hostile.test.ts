// Hostile and broken input: each gets one located problem, quickly, never a stack trace.
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { article, contentWith, goodFrontmatter, problemsIn } from './helpers.js';

const withArticle = (text: string | Uint8Array) => problemsIn(contentWith({ 'articles/new-article.md': text }));
const withFrontmatterLine = (line: string) => withArticle(article(`${goodFrontmatter}\n${line}`));
const inArticles = (make: (articles: string) => void) => {
  const dir = contentWith({});
  make(join(dir, 'articles'));
  return problemsIn(dir);
};

describe('hostile input', () => {
  it('refuses YAML aliases that multiply, and an alias without an anchor, naming the file', () => {
    const rows = [
      'a: &a [x, x, x, x, x, x, x, x, x]',
      ...'bcdefg'.split('').map((name, index) => `${name}: &${name} [${Array(9).fill(`*${'abcdefg'[index]}`).join(', ')}]`),
    ];
    expect(withArticle(article(`${goodFrontmatter}\n${rows.join('\n')}`))).toEqual([
      'content/articles/new-article.md:2:1 yaml: expected plain YAML, got Excessive alias count indicates a resource exhaustion attack: write the values out instead of using & anchors and * aliases',
    ]);
    expect(withFrontmatterLine('extra: *nothing')).toEqual([
      'content/articles/new-article.md:2:1 yaml: expected plain YAML, got Unresolved alias (the anchor must be set before the alias): nothing: write the values out instead of using & anchors and * aliases',
    ]);
  });

  it('refuses control characters written as YAML escapes', () => {
    for (const written of ['\\x01', '\\0', '\\uFFFE', '\\x85']) {
      const code = { '\\x01': '0001', '\\0': '0000', '\\uFFFE': 'FFFE', '\\x85': '0085' }[written];
      expect(withArticle(article(goodFrontmatter.replace('title: A new article', `title: "A new${written} article"`)))).toEqual([
        `content/articles/new-article.md:2:8 title: expected text without control characters, got U+${code}`,
      ]);
    }
  });

  it('refuses nesting deep enough to overflow a renderer, before parsing it', () => {
    const tooDeep =
      'content/articles/new-article.md:9:1 nesting: expected quotes, lists and square brackets nested at most 32 deep, got more';
    expect(withArticle(article(goodFrontmatter, `${'>'.repeat(10_000)} deep\n`))).toEqual([tooDeep]);
    expect(withArticle(article(goodFrontmatter, `${'- '.repeat(5_000)}deep\n`))).toEqual([tooDeep]);
    expect(withArticle(article(goodFrontmatter, `${'['.repeat(50_000)}x${']'.repeat(50_000)}\n`))).toEqual([
      'content/articles/new-article.md:9:33 nesting: expected quotes, lists and square brackets nested at most 32 deep, got more',
    ]);
    expect(withArticle(article(goodFrontmatter, `${'*a '.repeat(40)}x${' b*'.repeat(40)}\n`))).toEqual([
      // At the deepest node: the 40th emphasis opens at column 118, its text at 119.
      'content/articles/new-article.md:9:119 nesting: expected quotes, lists and emphasis nested at most 32 levels deep, got 42',
    ]);
  });

  it('bounds the size of a file', () => {
    expect(withArticle(article(goodFrontmatter, `${'*a _b '.repeat(400_000)}\n`))).toEqual([
      'content/articles/new-article.md:1:1 file: expected at most 512 KB, got 2.3 MB: split it into shorter files',
    ]);
  });

  it('names what is wrong with a folder, a broken or outside link, and a wrong extension', () => {
    const outside = join(tmpdir(), `kap-outside-${process.pid}.md`);
    writeFileSync(outside, article(goodFrontmatter));
    expect(
      inArticles((articles) => {
        mkdirSync(join(articles, 'folder.md'));
        symlinkSync(join(articles, 'missing.md'), join(articles, 'broken.md'));
        symlinkSync(outside, join(articles, 'outside.md'));
        symlinkSync(join(articles, 'first-article.md'), join(articles, 'inside.md'));
        writeFileSync(join(articles, 'upper.MD'), article(goodFrontmatter));
        writeFileSync(join(articles, 'long.markdown'), article(goodFrontmatter));
        writeFileSync(join(articles, 'notes.txt'), 'not an article');
      }),
    ).toEqual([
      'content/articles/broken.md:1:1 file: expected a Markdown file, got a link to a file that does not exist',
      'content/articles/folder.md:1:1 file: expected a Markdown file, got a folder: rename the folder',
      'content/articles/long.markdown:1:1 file: expected the extension .md, got ".markdown": rename the file to end in .md',
      'content/articles/outside.md:1:1 file: expected a file inside the content folder, got a link to a file outside it: copy the file in instead',
      'content/articles/upper.MD:1:1 file: expected the extension .md, got ".MD": rename the file to end in .md',
      // inside.md, a link to an article of the folder, is read as that article under its own slug.
    ]);
  });

  it('names a file it has no permission to read', () => {
    if (process.getuid?.() === 0) return; // root reads everything
    expect(
      inArticles((articles) => {
        writeFileSync(join(articles, 'secret.md'), article(goodFrontmatter));
        chmodSync(join(articles, 'secret.md'), 0o000);
      }),
    ).toEqual(['content/articles/secret.md:1:1 file: expected a readable file, got no permission to read it']);
  });

  it('refuses images that are not the site’s own, and links that go nowhere', () => {
    const body = [
      '## A heading',
      '',
      '![a](javascript:alert(1)) ![b](data:image/png;base64,xx) ![c](https://tracker.example/p.gif) ![d](/images/fine.png)',
      '',
      '[empty]() [relative](other.md) [anchor](#nope) [good anchor](#a-heading) [web](https://example.org/) [site](/about/)',
    ].join('\n');
    expect(withArticle(article(goodFrontmatter, body))).toEqual([
      'content/articles/new-article.md:11:1 image: expected the path of an image stored with the site, like /images/room.jpg, got "javascript:alert(1)"',
      'content/articles/new-article.md:11:27 image: expected the path of an image stored with the site, like /images/room.jpg, got "data:image/png;base64,xx"',
      'content/articles/new-article.md:11:58 image: expected the path of an image stored with the site, like /images/room.jpg, got "https://tracker.example/p.gif"',
      'content/articles/new-article.md:13:1 link: expected an https address or a site path like /articles/some-article/, got none',
      'content/articles/new-article.md:13:11 link: expected an https address or a site path like /articles/some-article/, got "other.md"',
      'content/articles/new-article.md:13:32 link: expected the id of a heading in this article, got "#nope"',
    ]);
  });

  it('refuses a content folder with nothing to publish', () => {
    expect(problemsIn(contentWith({ 'articles/first-article.md': null, 'articles/second-article.md': null }))).toEqual([
      'content/articles:1:1 articles: expected at least one published article, got none: every article is a draft or dated after today',
    ]);
  });
});
