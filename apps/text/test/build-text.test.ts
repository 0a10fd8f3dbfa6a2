import { absoluteUrl, sitePaths } from '@kap/content';
import { createTextState, toText } from '@kap/render';
import { describe, expect, it } from 'vitest';
import { buildText } from '../src/index.js';
import { wayAround } from '../src/lib/article-text.js';
import { listeningMinutes } from '../src/lib/listening-time.js';
import { built, content, files } from './helpers.js';

const articlePath = (slug: string) => sitePaths.text(slug).slice(1);
const lines = (text: string) => text.split('\n');

/** A heading as the contents and its section line say it: abbreviations in words, ending as a sentence. */
function spokenTitle(text: string): string {
  const words = content.glossary.reduce((said, entry) => said.replace(new RegExp(`\\b${entry.term}\\b`, 'g'), entry.expansion), text);
  return /[.?!]$/.test(words) ? words : `${words}.`;
}

describe('buildText', () => {
  it('builds one file per article and the index, at the paths sitePaths gives', () => {
    expect([...files.keys()].sort()).toEqual([...content.articles.map((a) => articlePath(a.slug)), sitePaths.textIndex.slice(1)].sort());
  });

  it('is pure: two builds of the same content are identical', () => {
    expect(buildText(content)).toEqual(buildText(content));
  });

  it.each([...files.keys()])('%s is UTF-8 text without a BOM, with LF endings and one final newline', (path) => {
    const text = built(path);
    expect(text.startsWith('\uFEFF')).toBe(false);
    expect(text).not.toContain('\r');
    expect(text.endsWith('\n')).toBe(true);
    expect(text.endsWith('\n\n')).toBe(false);
    expect(text).not.toMatch(/\n{4}/);
    expect(text).not.toMatch(/[ \t]$/m);
  });

  describe.each(content.articles.map((article) => [article.slug, article] as const))('the article %s', (slug, article) => {
    const text = built(articlePath(slug));
    const all = lines(text);
    const at = (line: string) => all.indexOf(line);

    it('follows the frame: title, summary, dates and review, listening time, contents, sections, sources, links, disclaimer, help, end', () => {
      expect(all[0]).toBe(`${article.title}.`);
      expect(all[2]).toBe(`${article.description}`);
      expect(all[4]).toMatch(
        /^Published \d{1,2} [A-Z][a-z]+ \d{4}\.(?: Updated \d{1,2} [A-Z][a-z]+ \d{4}\.)? (?:This article has not yet been reviewed by a clinician\.|Reviewed by [^.]+, on \d{1,2} [A-Z][a-z]+ \d{4}\. Next review due by \d{1,2} [A-Z][a-z]+ \d{4}\.)$/,
      );
      expect(all[6]).toMatch(/^About \d+ minutes? to listen\.$/);
      const order = [
        at(all[6] ?? ''),
        all.findIndex((line) => line.startsWith('This article has ')),
        all.findIndex((line) => line.startsWith('Section 1 of ')),
        at('Sources.'),
        at('Links in this article.'),
        at(`${content.notices.disclaimer.title}.`),
        all.findIndex((line) => line.startsWith('If you need help now, ')),
        all.length - 2,
      ];
      expect(order.every((index) => index > 0)).toBe(true);
      expect([...order].sort((a, b) => a - b)).toEqual(order);
      expect(all.at(-2)).toBe('End of article.');
    });

    it("gives the listening time from the file's words and addresses at eSpeak's measured rates", () => {
      const minutes = Number(/^About (\d+)/.exec(all[6] ?? '')?.[1]);
      expect(minutes).toBe(Math.round(listeningMinutes([...all.slice(0, 6), ...all.slice(8)].join('\n'))));
    });

    it('says once, before the contents, how to move around and where its own addresses are, and lists them first', () => {
      const contentsAt = all.findIndex((line) => line.startsWith('This article has '));
      expect(all.slice(contentsAt - 2, contentsAt)).toEqual([wayAround(true), '']);
      expect(wayAround(true)).toBe(
        "To move around this file, use your screen reader's find command. Each section starts with the word Section and its number, and so does each part of a section, so searching for the word Section followed by a number takes you there. The web page of this article is link 1 in the list of links at the end, and the address of this text file is link 2.",
      );
      // The example is in words: a literal "Section 3" would be a false hit for the find command.
      expect(wayAround(true)).not.toMatch(/Section \d/);
      const links = at('Links in this article.');
      expect(all.slice(links + 2, links + 7)).toEqual([
        '1. The web page of this article.',
        absoluteUrl(content.site, sitePaths.article(slug)),
        '',
        '2. This text file.',
        absoluteUrl(content.site, sitePaths.text(slug)),
      ]);
    });

    it('lists every section in the contents, and each heading has its place, two blank lines before and one after', () => {
      const sections = article.headings.filter((heading) => heading.depth === 2);
      const contentsAt = all.findIndex((line) => line.startsWith('This article has '));
      expect(all[contentsAt]).toBe(`This article has ${sections.length} sections, after a short introduction.`);
      sections.forEach((heading, index) => {
        const said = spokenTitle(heading.text);
        expect(all[contentsAt + 1 + index]).toBe(`${index + 1}. ${said}`);
        const line = at(`Section ${index + 1} of ${sections.length}. ${said}`);
        expect(line).toBeGreaterThan(contentsAt);
        expect(all.slice(line - 3, line + 2)).toEqual([expect.stringMatching(/./), '', '', all[line], '']);
        // One blank line after, unless a part's heading follows, which takes its own two.
        expect(all[line + 2] !== '' || /^Section \d+, part 1 of \d+\. /.test(all[line + 3] ?? '')).toBe(true);
      });
    });

    it('gathers every link address, absolute and listed once, label on one line and address on the next', () => {
      const start = at('Links in this article.');
      const listed = all.slice(start + 2, at(`${content.notices.disclaimer.title}.`) - 2).filter(Boolean);
      for (let index = 0; index < listed.length; index += 2) {
        expect(listed[index]).toMatch(new RegExp(`^${index / 2 + 1}\\. [A-Z].*[.?!]$`));
        expect(listed[index + 1]).toMatch(/^https:\/\/\S+$/);
      }
      const urls = listed.filter((line) => line.startsWith('https://'));
      expect(new Set(urls).size).toBe(urls.length);
      expect(text.match(/https?:\/\//g)?.length).toBe(urls.length);
    });

    it('closes with the disclaimer rendered from the same tree as the other channels, then one line of crisis help', () => {
      const disclaimer = toText(content.notices.disclaimer.body, { glossary: content.glossary, state: createTextState() });
      const pointer = all.at(-4) ?? '';
      expect(text.endsWith(`${content.notices.disclaimer.title}.\n\n${disclaimer}\n\n${pointer}\n\nEnd of article.\n`)).toBe(true);
      expect(pointer).toMatch(
        /^If you need help now, call or text 988(?:, that is nine eight eight,)? in the United States to reach the 988 Suicide and Crisis Lifeline, at any hour\. /,
      );
      expect(pointer).toMatch(/ the Find a Helpline directory, at find a helpline dot com, lists free and confidential lines\.$/);
      expect(text).toMatch(/\n\d+\. Find a Helpline directory\.\nhttps:\/\/findahelpline\.com\/\n/);
    });

    it('reads its sources in words, numbered as its citations say them, their addresses in the links list', () => {
      const start = at('Sources.');
      expect(all.slice(start + 1, start + 3)).toEqual([
        '',
        `This list has ${article.references.length} ${article.references.length === 1 ? 'item' : 'items'}.`,
      ]);
      article.references.forEach((reference, index) => {
        const entry = all[start + 3 + index] ?? '';
        expect(entry.startsWith(`${reference.number}. `)).toBe(true);
        expect(entry).toContain(String(reference.year));
        expect(entry).not.toMatch(/https?:|[()[\]]/);
        expect(text).toContain(`\n${reference.href}\n`);
      });
      const cited = new Set(
        [...text.matchAll(/, sources? (\d+(?:, \d+)*(?: and \d+)?)[,.]/g)].flatMap((match) => (match[1] ?? '').split(/, | and /)),
      );
      expect([...cited].sort()).toEqual(article.references.map((reference) => String(reference.number)).sort());
    });

    it(`carries the crisis notice only when the article needs it (${article.needsCrisisNotice})`, () => {
      const state = createTextState();
      const crisis = toText(content.notices.crisis.body, { glossary: content.glossary, baseUrl: content.site.baseUrl, state });
      const block = `\n\n\n${content.notices.crisis.title}.\n\n${crisis}\n\n${wayAround(true)}\n\nThis article has `;
      expect(text.includes(block)).toBe(article.needsCrisisNotice);
      if (article.needsCrisisNotice) {
        expect(crisis).toContain('call or text 988, that is nine eight eight, to reach the 988 Suicide and Crisis Lifeline');
        // The directory's address is in the notice itself, in words, and in the links list.
        expect(crisis).toContain('the Find a Helpline directory, at find a helpline dot com, lists');
        expect(text).toContain(`3. Find a Helpline directory.\nhttps://findahelpline.com/\n`);
      }
    });
  });

  it('needs the crisis notice in at least one real article, so the test above means something', () => {
    expect(content.articles.some((article) => article.needsCrisisNotice)).toBe(true);
  });

  describe('the index', () => {
    const text = built('text/index.txt');

    it('names the site, its web address first in the closing list, and how many articles there are', () => {
      expect(lines(text)[0]).toBe(`${content.site.title}.`);
      expect(text).toContain(`There are ${content.articles.length} articles, newest first.`);
      expect(text).toContain(`\n\n\nLinks in this index.\n\n1. The web site, ${content.site.title}.\n${content.site.baseUrl}\n\n`);
    });

    it("lists the site's other pages, help first, with their addresses in the closing list", () => {
      const titles = (slug: string) => content.pages.find((page) => page.slug === slug)?.title;
      const others = content.pages.filter((page) => page.slug !== 'help').map((page) => `- ${page.title}.`);
      expect(text).toContain(
        `\n\n\nOther pages of the web site.\n\nThese pages are on the web site. Their addresses are in the list of links at the end.\n\nThis list has ${content.pages.length} items.\n- ${titles('help')}.\n${others.join('\n')}\n`,
      );
      for (const slug of ['help', 'editorial-policy', 'accessibility']) {
        expect(text).toContain(`. ${titles(slug)}.\n${content.site.baseUrl}${slug}/\n`);
      }
    });

    it('closes with one line of crisis help just before End of index', () => {
      expect(lines(text).at(-4)).toBe(
        'If you need help now, call or text 988, that is nine eight eight, in the United States to reach the 988 Suicide and Crisis Lifeline, at any hour. In other countries, the Find a Helpline directory, at find a helpline dot com, lists free and confidential lines.',
      );
      expect(text.endsWith('lists free and confidential lines.\n\nEnd of index.\n')).toBe(true);
    });

    it('says how to open an address from a file that cannot hold links, and how to move around, before the articles', () => {
      const intro = text.slice(0, text.indexOf('There are '));
      expect(intro).toContain(
        'A text file cannot hold links, so every address is written out, alone on its line, in the numbered list of links at the end. To open one, select that line, copy it, and paste it into the address bar of your browser. The web page of every article also has a link to its text file.',
      );
      expect(intro).toContain(
        "To move around this index, use your screen reader's find command. Each article starts with the word Article and its number, so searching for the word Article followed by a number takes you there.",
      );
      expect(intro).not.toMatch(/Article \d/);
    });

    it('gives each article its place, title, dates in words, summary and the numbers of its two links, newest first', () => {
      const count = content.articles.length;
      content.articles.forEach((article, index) => {
        const entry = `\n\n\nArticle ${index + 1} of ${count}. ${article.title}.\n\nPublished `;
        expect(text).toContain(entry);
        const after = text.slice(text.indexOf(entry) + entry.length);
        const [textLink, webLink] = [2 * index + 2, 2 * index + 3];
        expect(after).toMatch(
          new RegExp(
            `^\\d{1,2} [A-Z][a-z]+ \\d{4}\\.(?: Updated [^.]+\\.)? ${article.description}\\n\\nIts text file is link ${textLink} in the list of links at the end, and its web page is link ${webLink}\\.\\n`,
          ),
        );
      });
    });

    it("lists every article's text file and web page, absolute under the site's address, numbered as the entries say", () => {
      content.articles.forEach((article, index) => {
        expect(text).toContain(
          [
            `\n\n${2 * index + 2}. Text file of article ${index + 1}. ${article.title}.`,
            absoluteUrl(content.site, sitePaths.text(article.slug)),
            '',
            `${2 * index + 3}. Web page of article ${index + 1}.`,
            `${absoluteUrl(content.site, sitePaths.article(article.slug))}\n`,
          ].join('\n'),
        );
      });
      expect(absoluteUrl(content.site, sitePaths.text('a'))).toBe(`${content.site.baseUrl}text/a.txt`);
    });
  });
});
