/**
 * A fast path for front matter as authors and the generator write it:
 * `key: scalar` lines, one level of nested maps and block lists of scalars.
 * The full YAML parser costs about a millisecond per article, too much for
 * a 100,000-article build.
 *
 * Anything else (flow collections, anchors, block scalars, escapes,
 * comments after values, numbers other than plain digits, ...) answers null
 * and the caller uses the full parser, which also reports every error. Its
 * results are checked against that parser in fastYaml.test.ts.
 */
import type { YamlSource } from './yamlSource';

type Key = string | number;
type Scalar = string | number | boolean;

const KEY_LINE = /^([A-Za-z_][\w-]*):(?:[ ]+(.*))?$/;
const CHILD_KEY = /^([ ]+)([A-Za-z_][\w-]*):[ ]+(.+)$/;
const CHILD_ITEM = /^([ ]+)-[ ]+(.+)$/;
const INDICATOR = /^[-?:,[\]{}#&*!|>%@`]/;
const NUMBER_LIKE = /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
const SPECIAL_WORD = /^(?:~|null|Null|NULL|True|TRUE|False|FALSE)$/;

/** Same contract as parseYaml without a sink: null means "ask the full parser". */
export function parseFrontMatterFast(text: string, firstLine: number): YamlSource | null {
  const data: Record<string, unknown> = {};
  // Where each field sits is needed only to report an error: recorded flat, looked up by path on demand.
  const owners: string[] = [];
  const children: (Key | null)[] = [];
  const numbers: number[] = [];
  const rows = text.split('\n');
  let parent: { key: string; value: Record<string, Scalar> | Scalar[] | null; indent: number } | null = null;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const line = firstLine + i;
    const head = row.charCodeAt(0);
    // Only an empty row or one starting with a space or '#' can be blank or a comment.
    if ((row.length === 0 || head === 32 || head === 35) && /^[ ]*(#.*)?$/.test(row)) continue;
    if (head === 32) {
      if (!parent) return null;
      const item = CHILD_ITEM.exec(row);
      const pair = item ? null : CHILD_KEY.exec(row);
      const indent = (item ?? pair)?.[1]!.length;
      if (indent === undefined || (parent.value !== null && indent !== parent.indent)) return null;
      const value = scalar((item ?? pair)![item ? 2 : 3]!);
      if (value === null) return null;
      if (item) {
        parent.value ??= [];
        if (!Array.isArray(parent.value)) return null;
        owners.push(parent.key);
        children.push(parent.value.length);
        numbers.push(line);
        parent.value.push(value);
      } else {
        parent.value ??= {};
        const key = pair![2]!;
        if (Array.isArray(parent.value) || Object.hasOwn(parent.value, key)) return null;
        owners.push(parent.key);
        children.push(key);
        numbers.push(line);
        parent.value[key] = value;
      }
      parent.indent = indent;
      data[parent.key] = parent.value;
      continue;
    }
    if (parent && parent.value === null) return null;
    parent = null;
    const match = KEY_LINE.exec(row);
    if (!match || Object.hasOwn(data, match[1]!)) return null;
    const key = match[1]!;
    owners.push(key);
    children.push(null);
    numbers.push(line);
    if (match[2] === undefined || match[2].trim() === '') {
      parent = { key, value: null, indent: 0 };
      data[key] = null;
      continue;
    }
    const value = scalar(match[2]);
    if (value === null) return null;
    data[key] = value;
  }
  if (parent && parent.value === null) return null;
  if (numbers.length === 0) return null;
  // Rows are read top down, so the first field recorded is the first line.
  const first = numbers[0]!;
  let lines: Map<string, number> | null = null;
  const lineOf = (path: readonly Key[]) => {
    lines ??= new Map(owners.map((owner, i) => [children[i] === null ? owner : `${owner}\n${children[i]}`, numbers[i]!]));
    for (let depth = path.length; depth > 0; depth--) {
      const found = lines.get(path.slice(0, depth).join('\n'));
      if (found !== undefined) return found;
    }
    return first;
  };
  return { data, lineOf };
}

/** A one-line scalar as the YAML 1.2 core schema reads it, or null when unsure. */
function scalar(raw: string): Scalar | null {
  const text = raw.trim();
  if (text === '' || text.includes('\t')) return null;
  if (text[0] === '"') {
    const inner = text.slice(1, -1);
    return text.length > 1 && text.endsWith('"') && !/["\\]/.test(inner) ? inner : null;
  }
  if (text[0] === "'") {
    const inner = text.slice(1, -1);
    return text.length > 1 && text.endsWith("'") && !inner.replace(/''/g, '').includes("'") ? inner.replace(/''/g, "'") : null;
  }
  if (INDICATOR.test(text) || text.includes(': ') || text.includes(' #') || text.endsWith(':')) return null;
  if (/^[0-9]{1,15}$/.test(text)) return Number(text);
  if (text === 'true' || text === 'false') return text === 'true';
  if (NUMBER_LIKE.test(text) || SPECIAL_WORD.test(text)) return null;
  return text;
}
