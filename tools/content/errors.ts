/**
 * Content errors carry a file, a line and a field so an author can jump to
 * the spot; the compiler collects all of them before giving up.
 */
import path from 'node:path';

export interface ContentIssue {
  file: string;
  line: number;
  field: string;
  message: string;
}

/** Paths inside the working directory print short; others (temp dirs) print whole. */
export function displayPath(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel.startsWith('..') || path.isAbsolute(rel) ? file : rel.split(path.sep).join('/');
}

export function formatIssue(issue: ContentIssue): string {
  return `${displayPath(issue.file)}:${issue.line}: ${issue.field}: ${issue.message}`;
}

/** Thrown once with every problem found, so one run shows an author all of them. */
export class ContentError extends Error {
  readonly issues: readonly ContentIssue[];

  constructor(issues: readonly ContentIssue[]) {
    // One paragraph with several HTML tags would otherwise repeat the same line.
    const unique = new Map(issues.map((issue) => [formatIssue(issue), issue]));
    const sorted = [...unique.values()].sort(compareIssues);
    super(`${sorted.length} content error${sorted.length === 1 ? '' : 's'}:\n${sorted.map(formatIssue).join('\n')}`);
    this.name = 'ContentError';
    this.issues = sorted;
  }
}

function compareIssues(a: ContentIssue, b: ContentIssue): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || (a.field < b.field ? -1 : a.field > b.field ? 1 : 0);
}

/** Collects issues for one source file, so callers only say line, field and message. */
export class IssueSink {
  readonly issues: ContentIssue[] = [];

  add(file: string, line: number, field: string, message: string): void {
    this.issues.push({ file, line, field, message });
  }

  get ok(): boolean {
    return this.issues.length === 0;
  }
}
