import { describe, expect, it } from 'vitest';
import type { Root } from 'xast';
import { x } from 'xastscript';
import { writeXml } from '../src/lib/write-xml.js';
import { parseXml } from './helpers.js';

const doc = (text: string, attribute = 'plain'): Root =>
  x(null, [{ type: 'instruction', name: 'xml', value: 'version="1.0" encoding="utf-8"' }, x('a', { title: attribute }, text)]);

describe('the strict parser the tests trust', () => {
  it('really rejects a raw ]]>, a forbidden character and an undeclared prefix', () => {
    expect(parseXml('<a>]]></a>').errors).toEqual(['1:6: the string "]]>" is disallowed in char data.']);
    expect(parseXml('<a>\u000b</a>').errors).toEqual(['1:4: disallowed character.']);
    expect(parseXml('<a><x:b/></a>').errors).toEqual(['1:9: unbound namespace prefix: "x".']);
  });
});

describe('writeXml', () => {
  it('escapes > in text, so ]]> never appears raw', () => {
    const xml = writeXml(doc('a ]]> b <c> & d'));
    expect(xml).toBe('<?xml version="1.0" encoding="utf-8"?><a title="plain">a ]]&gt; b &lt;c&gt; &amp; d</a>\n');
    expect(xml).not.toContain(']]>');
    expect(parseXml(xml).errors).toEqual([]);
    expect(parseXml(xml).texts).toEqual([{ element: '{}a', text: 'a ]]> b <c> & d' }]);
  });

  it('strips every character XML 1.0 forbids from text and attributes, and keeps the rest', () => {
    const hostile = 'a\u0000b\u0008c\u000bd\u000ce\u001ff\ufffeg\uffffh\ud800i\udc00j';
    const allowed = 'tab\tlf\ncr\r del\u007f nbsp\u00a0 emoji😀 last\ufffd';
    const xml = writeXml(doc(hostile + allowed, hostile));
    expect(xml).toBe(`<?xml version="1.0" encoding="utf-8"?><a title="abcdefghij">abcdefghij${allowed}</a>\n`);
    expect(parseXml(xml).errors).toEqual([]);
  });

  it('refuses node types whose escaping it does not control', () => {
    const comment: Root = { type: 'root', children: [{ type: 'comment', value: 'x' }] };
    const cdata: Root = { type: 'root', children: [x('a', [{ type: 'cdata', value: ']]>' }])] };
    expect(() => writeXml(comment)).toThrow('writeXml: expected root, element, text or instruction nodes, got comment');
    expect(() => writeXml(cdata)).toThrow('writeXml: expected root, element, text or instruction nodes, got cdata');
  });
});
