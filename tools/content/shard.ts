/**
 * One share of the articles: reads and parses its files, keeps their bodies,
 * and later writes their article files. The same class runs in-process for
 * small corpora and inside a worker thread for large ones (parseWorker.ts),
 * so both paths are the same code. File I/O is synchronous on purpose: a
 * worker has nothing else to do, and promise-per-file overhead dominated
 * the old build.
 */
import * as v from 'valibot';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { apiFiles } from '../../src/content-api/paths';
import { articleSchema, SCHEMA_VERSION, type Block, type Summary } from '../../src/content-api/schemas';
import { readEntry, type ParsedEntry } from './articleEntry';
import { IssueSink, type ContentIssue } from './errors';
import { parseBody } from './markdown';
import { checked, trustingSummaries } from './outputHash';
import { splitSource } from './sourceFile';

export interface ParseJob {
  file: string;
  /** The edition folder the file sits in, if any. */
  dirLang: string | null;
}

export interface ParseResult {
  file: string;
  entry: ParsedEntry | null;
  issues: ContentIssue[];
}

export interface WriteJob {
  file: string;
  related: Summary[];
}

export interface WriteResult {
  /** Article files this shard produced, written or found equal. */
  produced: number;
  written: number;
}

export class ArticleShard {
  private readonly entries = new Map<string, ParsedEntry>();
  /**
   * Bodies as checked JSON text, not block objects: a worker holds 50,000 of
   * them between the parse and write passes, and strings cost the garbage
   * collector (and peak memory) far less than trees of small objects.
   */
  private readonly bodies = new Map<string, string>();
  private readonly made = new Set<string>();

  parse(jobs: readonly ParseJob[]): ParseResult[] {
    return jobs.map((job) => {
      const sink = new IssueSink();
      const entry = this.read(job.file, job.dirLang, sink);
      return { file: job.file, entry, issues: sink.issues };
    });
  }

  /** Parsed bodies of `files`, reading the ones this shard skipped as unchanged. */
  bodiesOf(files: readonly { file: string; dirLang: string | null }[]): (Block[] | null)[] {
    return files.map(({ file, dirLang }) => {
      const body = this.body(file, dirLang);
      return body === null ? null : (JSON.parse(body) as Block[]);
    });
  }

  /**
   * Writes article files under `dir`. `skipSame` (an update in place) first
   * reads the file there and leaves it alone when the text is equal: the
   * few files an incremental build reconsiders cost a read, and a story
   * whose change does not show in its article file (views) is not rewritten.
   */
  write(dir: string, jobs: readonly (WriteJob & { dirLang: string | null })[], skipSame: boolean): WriteResult {
    const result: WriteResult = { produced: 0, written: 0 };
    for (const job of jobs) {
      const body = this.body(job.file, job.dirLang);
      const entry = this.entries.get(job.file);
      if (body === null || !entry) throw new Error(`compiler bug: ${job.file} was valid but cannot be read back`);
      const apiPath = apiFiles.article(entry.lang, entry.id);
      result.produced++;
      const target = path.join(dir, apiPath);
      const text = articleText(apiPath, entry, body, job.related);
      if (skipSame && sameText(target, text)) continue;
      this.writeFile(target, text);
      result.written++;
    }
    return result;
  }

  /** Drops what this shard holds, once the build is done with it. */
  clear(): void {
    this.entries.clear();
    this.bodies.clear();
  }

  private read(file: string, dirLang: string | null, sink: IssueSink): ParsedEntry | null {
    const parts = splitSource(readFileSync(file, 'utf8'), file, sink);
    if (!parts) return null;
    const entry = readEntry(parts, file, dirLang, sink);
    // Bodies of files whose front matter failed still get checked, so one run reports everything.
    const body = parseBody(parts.body, file, parts.bodyLine, sink);
    // A file with problems is never written (the build stops), and its body may break the schema.
    if (entry && body && sink.ok) {
      this.entries.set(file, entry);
      this.bodies.set(file, JSON.stringify(checked(file, bodySchema, body)));
    }
    return entry;
  }

  private body(file: string, dirLang: string | null): string | null {
    if (!this.bodies.has(file)) this.read(file, dirLang, new IssueSink());
    return this.bodies.get(file) ?? null;
  }

  private writeFile(target: string, text: string): void {
    const dir = path.dirname(target);
    if (!this.made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      this.made.add(dir);
    }
    writeFileSync(target, text);
  }
}

function sameText(file: string, text: string): boolean {
  try {
    return readFileSync(file, 'utf8') === text;
  } catch {
    return false;
  }
}

const bodySchema = articleSchema.entries.body;
/** The article file's fields but its body, which is checked as it is parsed. */
const articleHeadSchema = trustingSummaries(v.omit(articleSchema, ['body']));

/**
 * The article file's text, spliced from checked parts: the same bytes as
 * JSON.stringify of the whole file in articleSchema's key order, without
 * holding or re-checking the body as objects.
 */
function articleText(apiPath: string, entry: ParsedEntry, body: string, related: Summary[]): string {
  const head = checked(apiPath, articleHeadSchema, {
    schemaVersion: SCHEMA_VERSION,
    ...entry.summary,
    dateline: entry.dateline,
    byline: entry.byline,
    updatedAt: entry.updatedAt,
    tags: entry.tags,
    related,
  });
  const { tags, related: checkedRelated, ...fields } = head;
  return `${JSON.stringify(fields).slice(0, -1)},"body":${body},"tags":${JSON.stringify(tags)},"related":${JSON.stringify(checkedRelated)}}\n`;
}
