import { maxFileBytes } from './content-entries.js';
import type { Problem } from './problems.js';

/** A content file's text, or the problems that kept it from being read. */
export type SourceText = { ok: true; text: string } | { ok: false; problems: Problem[] };

const decoder = new TextDecoder('utf-8', { fatal: true });
// Characters XML 1.0 forbids: the feeds could not carry them. Tab, LF and CR are allowed.
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters we look for
const forbidden = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/**
 * Decodes a content file strictly as UTF-8 and normalises it, so a BOM or CRLF line
 * endings give exactly the same text as a clean LF file.
 */
export function readSource(file: string, bytes: Uint8Array): SourceText {
  if (bytes.length > maxFileBytes) {
    const size = (bytes.length / 1024 / 1024).toFixed(1);
    return {
      ok: false,
      problems: [
        { file, line: 1, column: 1, field: 'file', message: `expected at most 512 KB, got ${size} MB: split it into shorter files` },
      ],
    };
  }
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    const at = firstInvalidByte(bytes);
    const { line, column } = positionOfByte(bytes, at);
    const byte = (bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    return {
      ok: false,
      problems: [{ file, line, column, field: 'encoding', message: `expected UTF-8 text, got the byte 0x${byte}` }],
    };
  }
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const problems: Problem[] = [];
  for (const match of text.matchAll(forbidden)) {
    const { line, column } = positionOfIndex(text, match.index);
    const code = (match[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
    problems.push({
      file,
      line,
      column,
      field: 'character',
      message: `expected text that XML allows, got the control character U+${code}`,
    });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, text };
}

/** 1-based line and column of a string index. */
export function positionOfIndex(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: index - lineStart + 1 };
}

function positionOfByte(bytes: Uint8Array, at: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < at; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  // Count characters, not bytes, up to the bad byte: the line before it is valid UTF-8.
  const column = decoder.decode(bytes.subarray(lineStart, at)).length + 1;
  return { line, column };
}

function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i] ?? 0;
    const length =
      byte < 0x80 ? 1 : byte >= 0xc2 && byte < 0xe0 ? 2 : byte >= 0xe0 && byte < 0xf0 ? 3 : byte >= 0xf0 && byte < 0xf5 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    try {
      decoder.decode(bytes.subarray(i, i + length));
    } catch {
      return i;
    }
    i += length;
  }
  return i;
}
