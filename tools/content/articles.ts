/**
 * Second pass: each article's body is parsed and its file written, one at a
 * time under a concurrency bound, so bodies never pile up in memory.
 */
import { readFile } from 'node:fs/promises';
import { apiFiles } from '../../src/content-api/paths';
import { articleSchema, SCHEMA_VERSION, type Block } from '../../src/content-api/schemas';
import type { ArticleEntry } from './articleEntry';
import { mapLimit } from './concurrency';
import { IssueSink } from './errors';
import { parseBody } from './markdown';
import type { OutputDir } from './outputDir';
import type { RelatedIndex } from './related';
import { splitSource } from './sourceFile';

export async function writeArticles(
  out: OutputDir,
  entries: readonly ArticleEntry[],
  related: RelatedIndex,
  concurrency: number,
  sink: IssueSink,
  /** Called with each parsed body, for indexes built from the text (search). */
  onBody?: (entry: ArticleEntry, body: Block[]) => void,
): Promise<void> {
  await mapLimit(entries, concurrency, async (entry) => {
    const body = await readBody(entry.file, sink);
    if (!body) return;
    onBody?.(entry, body);
    // Once any content error exists the output will be thrown away; keep parsing only to report them all.
    if (!sink.ok) return;
    await out.writeJson(apiFiles.article(entry.summary.lang, entry.summary.id), articleSchema, {
      schemaVersion: SCHEMA_VERSION,
      ...entry.summary,
      dateline: entry.dateline,
      byline: entry.byline,
      updatedAt: entry.updatedAt,
      body,
      tags: entry.tags,
      related: related.relatedTo(entry).map((e) => e.summary),
    });
  });
}

/** Bodies of files whose front matter failed still get checked, so one run reports everything. */
export async function checkBodies(files: readonly string[], concurrency: number, sink: IssueSink): Promise<void> {
  await mapLimit(files, concurrency, (file) => readBody(file, sink));
}

async function readBody(file: string, sink: IssueSink): Promise<Block[] | null> {
  // A second quiet sink: the first pass already reported problems with the file's framing.
  const parts = splitSource(await readFile(file, 'utf8'), file, new IssueSink());
  return parts && parseBody(parts.body, file, parts.bodyLine, sink);
}
