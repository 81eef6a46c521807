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
  let text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  // Walks line starts with indexOf instead of splitting the whole file into lines: this runs once per article per build.
  const firstEnd = text.indexOf('\n');
  if (!FENCE.test(firstEnd === -1 ? text : text.slice(0, firstEnd))) {
    sink.add(file, 1, 'front matter', 'the file must start with a line "---" that opens the YAML front matter');
    return null;
  }
  let start = firstEnd + 1;
  for (let line = 2; firstEnd !== -1; line++) {
    const end = text.indexOf('\n', start);
    if (text.startsWith('---', start) && FENCE.test(end === -1 ? text.slice(start) : text.slice(start, end))) {
      return {
        yaml: text.slice(firstEnd + 1, Math.max(firstEnd + 1, start - 1)),
        yamlLine: 2,
        body: end === -1 ? '' : text.slice(end + 1),
        bodyLine: line + 1,
      };
    }
    if (end === -1) break;
    start = end + 1;
  }
  sink.add(file, 1, 'front matter', 'the front matter is never closed by a line "---"');
  return null;
}
