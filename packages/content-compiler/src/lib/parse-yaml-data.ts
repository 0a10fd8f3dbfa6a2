import { isMap, isNode, isScalar, LineCounter, type Node, parseDocument } from 'yaml';
import type { z } from 'zod';
import { describeValue, didYouMean, type Problem } from './problems.js';

/** Where a piece of YAML sits in its file. */
export interface YamlSource {
  file: string;
  text: string;
  /** Lines before the YAML in its file: 1 for frontmatter, which follows the opening `---`. */
  lineOffset: number;
}

/** A check beyond the schema's, run on the raw data: a path to the value and what is wrong. */
export type YamlCheck = (data: unknown) => { path: (string | number)[]; message: string }[];

/** Where the value at a path sits in the file: the nearest node that exists on the way to it. */
export type YamlLocator = (path: readonly (string | number)[]) => { line: number; column: number };

/** The parsed value with a way to locate its parts, or the located problems that kept it from being valid. */
export type YamlData<T> = { ok: true; value: T; at: YamlLocator } | { ok: false; problems: Problem[] };

/** The names a map at a path may use: one list for every map, or a list for each place. */
export type FieldNames = readonly string[] | ((path: readonly (string | number)[]) => readonly string[]);

/**
 * Parses YAML and validates it against a schema, reporting every problem with the line
 * and column of the value at fault. `fieldNames` are the names an object may use, for
 * "did you mean" on an unknown field.
 */
export function parseYamlData<T>(schema: z.ZodType<T>, source: YamlSource, fieldNames: FieldNames, check?: YamlCheck): YamlData<T> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source.text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const locate = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + source.lineOffset, column: col };
  };
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((error) => ({
        file: source.file,
        ...locate(error.pos[0]),
        field: 'yaml',
        message: `expected valid YAML, got a syntax error: ${firstLine(error.message)}`,
      })),
    };
  }
  let data: unknown;
  try {
    // Content needs no aliases; a low cap keeps an alias bomb from taking the build down.
    data = doc.toJS({ maxAliasCount: 20 }) ?? {};
  } catch (error) {
    return {
      ok: false,
      problems: [
        {
          file: source.file,
          ...locate(offsetOf(doc.contents)),
          field: 'yaml',
          message: `expected plain YAML, got ${error instanceof ReferenceError ? firstLine(error.message).replace(/\.$/, '') : 'data it cannot read'}: write the values out instead of using & anchors and * aliases`,
        },
      ],
    };
  }
  const controls = controlCharacters(data);
  const result = schema.safeParse(data, { reportInput: true });
  const problems: Problem[] = [];
  for (const { path, message } of [...controls, ...(check?.(data) ?? [])]) {
    problems.push({ file: source.file, ...locate(offsetOf(doc.getIn(path, true) ?? doc.contents)), field: fieldName(path), message });
  }
  if (result.success) {
    if (problems.length > 0) return { ok: false, problems };
    const at: YamlLocator = (path) => {
      const node = doc.getIn(path, true);
      return locate(offsetOf(isNode(node) ? node : nearestNode(doc, [...path])));
    };
    return { ok: true, value: result.data, at };
  }

  for (const issue of result.error.issues) {
    const path = issue.path.filter((key) => typeof key !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      const parent = doc.getIn(path, true);
      for (const key of issue.keys) {
        const pair = isMap(parent) ? parent.items.find((item) => isScalar(item.key) && item.key.value === key) : undefined;
        const keyNode = pair && isNode(pair.key) ? pair.key : undefined;
        problems.push({
          file: source.file,
          ...locate(offsetOf(keyNode ?? parent ?? doc.contents)),
          field: fieldName([...path, key]),
          message: `unknown field${didYouMean(key, typeof fieldNames === 'function' ? fieldNames(path) : fieldNames)}`,
        });
      }
      continue;
    }
    const node = doc.getIn(path, true);
    const missing = issue.code === 'invalid_type' && issue.input === undefined;
    const at = missing ? nearestNode(doc, path) : node;
    problems.push({
      file: source.file,
      ...locate(offsetOf(isNode(at) ? at : doc.contents)),
      field: fieldName(path),
      message: missing ? 'required field is missing' : `${issue.message}, got ${describeValue(issue.input)}`,
    });
  }
  return { ok: false, problems };
}

function nearestNode(doc: ReturnType<typeof parseDocument>, path: (string | number)[]): unknown {
  for (let length = path.length - 1; length > 0; length--) {
    const node = doc.getIn(path.slice(0, length), true);
    if (isNode(node)) return node;
  }
  return doc.contents;
}

function offsetOf(node: unknown): number {
  return isNode(node) ? ((node as Node).range?.[0] ?? 0) : 0;
}

function fieldName(path: (string | number)[]): string {
  if (path.length === 0) return '(file)';
  return path.map((key, index) => (typeof key === 'number' ? `[${key}]` : index === 0 ? key : `.${key}`)).join('');
}

function firstLine(message: string): string {
  return message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? message;
}

/**
 * A check that each entry of a list has its own `key`: the list is the data itself, or
 * the list at `listPath` inside it, such as `references` in frontmatter.
 */
export function uniqueBy(key: string, listPath: readonly string[] = []): YamlCheck {
  return (data) => {
    const list = listPath.reduce<unknown>((value, name) => (isRecord(value) ? value[name] : undefined), data);
    if (!Array.isArray(list)) return [];
    const seen = new Set<unknown>();
    return list.flatMap((entry, index) => {
      const value = isRecord(entry) ? entry[key] : undefined;
      if (value === undefined) return [];
      if (seen.has(value))
        return [{ path: [...listPath, index, key], message: `expected each ${key} once, got ${JSON.stringify(value)} again` }];
      seen.add(value);
      return [];
    });
  };
}

/** Whether a parsed YAML value is a map of fields. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// Characters no channel can carry: C0 and C1 controls (tab and line feed aside), and the
// noncharacters XML forbids. YAML escapes such as "\x01" or "\uFFFE" write them invisibly.
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters we look for
const control = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uFFFE\uFFFF]/;

/** A problem at each string in the data that holds a control character. */
function controlCharacters(data: unknown, path: (string | number)[] = []): { path: (string | number)[]; message: string }[] {
  if (typeof data === 'string') {
    const found = control.exec(data);
    if (!found) return [];
    const code = (found[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
    return [{ path, message: `expected text without control characters, got U+${code}` }];
  }
  if (Array.isArray(data)) return data.flatMap((item, index) => controlCharacters(item, [...path, index]));
  if (typeof data === 'object' && data !== null) {
    return Object.entries(data).flatMap(([key, value]) => controlCharacters(value, [...path, key]));
  }
  return [];
}
