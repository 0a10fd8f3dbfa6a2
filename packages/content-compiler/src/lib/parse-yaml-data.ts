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

/** The parsed value, or the located problems that kept it from being valid. */
export type YamlData<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/**
 * Parses YAML and validates it against a schema, reporting every problem with the line
 * and column of the value at fault. `fieldNames` are the names an object may use, for
 * "did you mean" on an unknown field.
 */
export function parseYamlData<T>(schema: z.ZodType<T>, source: YamlSource, fieldNames: readonly string[], check?: YamlCheck): YamlData<T> {
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
  const data: unknown = doc.toJS() ?? {};
  const result = schema.safeParse(data, { reportInput: true });
  const problems: Problem[] = [];
  for (const { path, message } of check?.(data) ?? []) {
    problems.push({ file: source.file, ...locate(offsetOf(doc.getIn(path, true) ?? doc.contents)), field: fieldName(path), message });
  }
  if (result.success) return problems.length > 0 ? { ok: false, problems } : { ok: true, value: result.data };

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
          message: `unknown field${didYouMean(key, fieldNames)}`,
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
