/**
 * Splits an article file into its YAML front matter and Markdown body,
 * remembering on which file line each part starts.
 */
import type { IssueSink } from './errors';

export interface SourceParts {
  yaml: string;
  /** File line of the first YAML line. */
  yamlLine: number;
  body: string;
  /** File line of the first body line. */
  bodyLine: number;
}

const FENCE = /^---[ \t]*$/;

export function splitSource(raw: string, file: string, sink: IssueSink): SourceParts | null {
  const lines = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  if (!FENCE.test(lines[0] ?? '')) {
    sink.add(file, 1, 'front matter', 'the file must start with a line "---" that opens the YAML front matter');
    return null;
  }
  const close = lines.findIndex((line, i) => i > 0 && FENCE.test(line));
  if (close === -1) {
    sink.add(file, 1, 'front matter', 'the front matter is never closed by a line "---"');
    return null;
  }
  return {
    yaml: lines.slice(1, close).join('\n'),
    yamlLine: 2,
    body: lines.slice(close + 1).join('\n'),
    bodyLine: close + 2,
  };
}
