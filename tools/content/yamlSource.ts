/**
 * YAML with positions: parses with a LineCounter so every validation issue
 * can be traced back to the line that holds the offending field.
 */
import * as v from 'valibot';
import { isMap, isPair, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import type { IssueSink } from './errors';

type Key = string | number;

export interface YamlSource {
  data: unknown;
  /** The file line of a field; falls back to its nearest existing parent. */
  lineOf: (path: readonly Key[]) => number;
}

/**
 * Parses YAML that starts at `firstLine` of `file`. Syntax errors go to the
 * sink and yield null.
 */
export function parseYaml(text: string, file: string, firstLine: number, sink: IssueSink): YamlSource | null {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const fileLine = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  if (doc.errors.length > 0) {
    const lines = text.split('\n');
    for (const error of doc.errors) {
      const message = error.message.split('\n')[0] ?? 'invalid YAML';
      const at = blameKey(lines, lineCounter.linePos(error.pos[0]).line - 1, /closing|end with/i.test(message));
      sink.add(file, at.index + firstLine, at.key ?? 'yaml', `invalid YAML: ${message}`);
    }
    return null;
  }
  return { data: doc.toJS(), lineOf: (path) => fileLine(offsetOf(doc, path)) };
}

/**
 * The top-level key a syntax error belongs to. The parser notices an
 * unclosed quote or bracket only on a later line, so those blame the key
 * above the line where it gave up.
 */
function blameKey(lines: readonly string[], index: number, unclosed: boolean): { index: number; key: string | null } {
  const keyAt = (i: number) => /^([A-Za-z_][\w-]*)\s*:/.exec(lines[i] ?? '')?.[1] ?? null;
  for (let i = unclosed ? index - 1 : index; i >= 0; i--) {
    const key = keyAt(i);
    if (key) return { index: i, key };
  }
  return { index, key: null };
}

function offsetOf(doc: Document, path: readonly Key[]): number {
  for (let depth = path.length; depth > 0; depth--) {
    const parent = depth > 1 ? doc.getIn(path.slice(0, depth - 1), true) : doc.contents;
    const key = path[depth - 1];
    if (isMap(parent)) {
      // Point at the key rather than its value: a missing or empty value has no range.
      const pair = parent.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === key);
      const keyNode = pair && isScalar(pair.key) ? pair.key : null;
      if (keyNode?.range) return keyNode.range[0];
    }
    const node = doc.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
    if (node?.range) return node.range[0];
  }
  return (doc.contents as { range?: [number, number, number] } | null)?.range?.[0] ?? 0;
}

/** Validates YAML data, reporting each issue at its field's line; null when invalid. */
export function validateYaml<S extends v.GenericSchema>(
  schema: S,
  source: YamlSource,
  file: string,
  sink: IssueSink,
): v.InferOutput<S> | null {
  const result = v.safeParse(schema, source.data);
  if (result.success) return result.output;
  for (const issue of result.issues) {
    const path = (issue.path ?? []).map((item) => item.key as Key);
    sink.add(file, source.lineOf(path), fieldName(path), issueMessage(issue));
  }
  return null;
}

export function fieldName(path: readonly Key[]): string {
  if (path.length === 0) return 'front matter';
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('');
}

function issueMessage(issue: v.BaseIssue<unknown>): string {
  if (issue.type === 'strict_object') {
    if (issue.expected === 'never') return 'unknown field (check the spelling)';
    if (issue.input === undefined) return 'is required';
  }
  if (issue.type === 'object' && issue.input === undefined) return 'is required';
  // Valibot's own wording already names what it expected and what it got.
  return issue.message.replace(/^Invalid (type|key): /, '');
}
