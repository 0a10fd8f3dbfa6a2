import { loadContent } from '@kap/content';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildFeeds } from '../src/index.js';
import { parseXml } from './helpers.js';

const content = await loadContent();
const rss = 'http://purl.org/rss/1.0/modules/content/';
const atom = 'http://www.w3.org/2005/Atom';
const dc = 'http://purl.org/dc/elements/1.1/';
const fh = 'http://purl.org/syndication/history/1.0';

describe('buildFeeds', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('writes the three site feeds at the root and three more for every topic', () => {
    expect(buildFeeds(content).map((file) => file.path)).toEqual([
      'feed.xml',
      'atom.xml',
      'feed.json',
      ...content.topics.flatMap((topic) => [
        `topics/${topic.slug}/feed.xml`,
        `topics/${topic.slug}/atom.xml`,
        `topics/${topic.slug}/feed.json`,
      ]),
    ]);
    expect(content.topics.map((topic) => topic.slug)).toEqual(['ptsd', 'depression', 'long-term-outcomes', 'integration']);
  });

  it('gives byte-identical files for the same content, whatever the clock says', async () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2030-01-01T12:34:56Z'));
    const first = buildFeeds(content);
    vi.setSystemTime(new Date('2027-06-15T00:00:00Z'));
    const second = buildFeeds(await loadContent());
    expect(second).toEqual(first);
    for (const file of first) expect(file.contents).not.toMatch(/2030|2027/);
  });

  it('writes feeds that a strict XML 1.0 parser with namespaces accepts, every one of them', () => {
    const xmlFiles = buildFeeds(content).filter((file) => file.path.endsWith('.xml'));
    expect(xmlFiles).toHaveLength(10);
    for (const file of xmlFiles) {
      const report = parseXml(file.contents);
      expect({ path: file.path, errors: report.errors }).toEqual({ path: file.path, errors: [] });
      expect(file.contents.startsWith('<?xml version="1.0" encoding="utf-8"?>\n')).toBe(true);
      expect(file.contents).not.toContain(']]>');
    }
  });

  it('declares on the rss element every namespace its feeds use, and uses them for the right elements', () => {
    const file = buildFeeds(content).find((entry) => entry.path === 'feed.xml');
    const report = parseXml(file?.contents ?? '');
    expect(report.elements[0]).toEqual({
      name: 'rss',
      uri: '',
      attributes: { version: '2.0', 'xmlns:atom': atom, 'xmlns:content': rss, 'xmlns:dc': dc, 'xmlns:fh': fh },
    });
    const namespaced = new Set(report.elements.filter((element) => element.uri).map((element) => `{${element.uri}}${element.name}`));
    // Four articles fit in one document, so the feed says it is complete (RFC 5005 fh:complete).
    expect([...namespaced].sort()).toEqual([`{${dc}}creator`, `{${rss}}encoded`, `{${fh}}complete`, `{${atom}}link`, `{${atom}}updated`]);
  });

  it('puts the summary before the full text in every RSS item, and gives every item its fields', () => {
    const file = buildFeeds(content).find((entry) => entry.path === 'feed.xml');
    const names = parseXml(file?.contents ?? '').elements.map((element) => element.name);
    const items = names.join(' ').split(' item ').slice(1);
    expect(items).toHaveLength(4);
    for (const item of items) {
      expect(item.replace(/( category)+/, ' category')).toMatch(/^title link guid pubDate updated creator category description encoded$/);
    }
  });

  it('writes an Atom feed whose elements are all in the Atom namespace but the RFC 5005 mark', () => {
    const file = buildFeeds(content).find((entry) => entry.path === 'atom.xml');
    const report = parseXml(file?.contents ?? '');
    expect(report.elements.filter((element) => element.uri !== atom).map((element) => `{${element.uri}}${element.name}`)).toEqual([
      `{${fh}}complete`,
    ]);
    const entries = report.elements
      .map((element) => element.name)
      .join(' ')
      .split(' entry ')
      .slice(1);
    for (const entry of entries) {
      expect(entry.replace(/( category)+/, ' category')).toMatch(/^id title link published updated author name category summary content$/);
    }
  });
});
