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
import { articleSchema, SCHEMA_VERSION, type Block } from '../../src/content-api/schemas';
import { readEntry, toWire, type ParsedEntry, type WireEntry } from './articleEntry';
import { IssueSink, type ContentIssue } from './errors';
import { parseBody } from './markdown';
import { checked } from './outputHash';
import { splitSource } from './sourceFile';
import { replaceFile } from './replaceFile';
import { SpillStore } from './spillStore';

export interface ParseJob {
  file: string;
  /** The edition folder the file sits in, if any. */
  dirLang: string | null;
}

/** `E`: the entry as the caller gets it (a worker sends WireEntry). */
export interface ParseResult<E = ParsedEntry> {
  file: string;
  entry: E | null;
  issues: ContentIssue[];
}

export interface WriteJob {
  file: string;
  dirLang: string | null;
  /**
   * The related stories, as places in the request's `summaries` (their
   * summaryJson): one copy of each summary per request, however many
   * articles list it, spliced into the article files as text.
   */
  related: number[];
}

export interface WriteResult {
  /** Article files this shard produced, written or found equal. */
  produced: number;
  written: number;
}

/** What an article file holds around its body and related list, as text (articleParts). */
interface ArticleParts {
  apiPath: string;
  /** The file up to its body. */
  head: string;
  /** From after the body up to the related list. */
  tail: string;
}

export class ArticleShard {
  /** Text, not entries: a worker holds 50,000 of them until the write pass (see `bodies`). */
  private readonly parts = new Map<string, ArticleParts>();
  /**
   * Bodies as checked JSON text, not block objects: a worker holds 50,000 of
   * them between the parse and write passes, in a file rather than its heap
   * (spillStore.ts).
   */
  private readonly bodies = new SpillStore();
  private readonly made = new Set<string>();

  /** Entries as WireEntry, whether they cross to another thread or not: the summary object is dropped at once. */
  parse(jobs: readonly ParseJob[]): ParseResult<WireEntry>[] {
    return jobs.map((job) => {
      const sink = new IssueSink();
      const entry = this.read(job.file, job.dirLang, sink);
      return { file: job.file, entry: entry && toWire(entry), issues: sink.issues };
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
  write(dir: string, summaries: readonly string[], jobs: readonly WriteJob[], skipSame: boolean): WriteResult {
    const result: WriteResult = { produced: 0, written: 0 };
    for (const job of jobs) {
      const body = this.body(job.file, job.dirLang);
      const parts = this.parts.get(job.file);
      if (body === null || !parts) throw new Error(`compiler bug: ${job.file} was valid but cannot be read back`);
      result.produced++;
      const target = path.join(dir, parts.apiPath);
      const text = `${parts.head}${body}${parts.tail}[${job.related.map((i) => summaries[i]).join(',')}]}\n`;
      if (skipSame && sameText(target, text)) continue;
      this.writeFile(target, text, skipSame);
      result.written++;
    }
    return result;
  }

  /** Drops what this shard holds, once the build is done with it. */
  clear(): void {
    this.parts.clear();
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
      this.parts.set(file, articleParts(entry));
      this.bodies.set(file, JSON.stringify(checked(file, bodySchema, body)));
    }
    return entry;
  }

  private body(file: string, dirLang: string | null): string | null {
    if (!this.bodies.has(file)) this.read(file, dirLang, new IssueSink());
    return this.bodies.get(file) ?? null;
  }

  /** `replace`: an update in place, which must not change the file a dist/ built from the last output links to. */
  private writeFile(target: string, text: string, replace: boolean): void {
    const dir = path.dirname(target);
    if (!this.made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      this.made.add(dir);
    }
    (replace ? replaceFile : writeFileSync)(target, text);
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
/** The article file's fields that its summary does not hold, body and related aside. */
const articleOwnSchema = v.pick(articleSchema, ['dateline', 'byline', 'updatedAt', 'tags']);

/**
 * The article file around its body and related list, spliced from checked
 * parts: the same bytes as JSON.stringify of the whole file in
 * articleSchema's key order (schemaVersion, the summary's fields, dateline,
 * byline, updatedAt, body, tags, related), without holding or checking the
 * summary, body or related summaries as objects again.
 */
function articleParts(entry: ParsedEntry): ArticleParts {
  const apiPath = apiFiles.article(entry.lang, entry.id);
  const own = checked(apiPath, articleOwnSchema, { dateline: entry.dateline, byline: entry.byline, updatedAt: entry.updatedAt, tags: entry.tags });
  const head = `{"schemaVersion":${SCHEMA_VERSION},${entry.summaryJson.slice(1, -1)},"dateline":${JSON.stringify(own.dateline)},"byline":${JSON.stringify(own.byline)},"updatedAt":${JSON.stringify(own.updatedAt)},"body":`;
  return { apiPath, head, tail: `,"tags":${JSON.stringify(own.tags)},"related":` };
}
