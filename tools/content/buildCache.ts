/**
 * What the last successful build saw and wrote, so the next one reads only
 * changed sources and rewrites only changed files. Kept outside the output
 * (node_modules/.cache/dateline by default), four files per output dir:
 *
 * - `<name>.json`: the key and the listing files' hashes;
 * - `<name>.strings` and `<name>.numbers`: each source's stamp and the
 *   fields every build reads for every story (ids, dates, tags...), by column;
 * - `<name>.summaries`: each story's summary as JSON text, back to back.
 *   A build parses only the summaries of the files it rewrites; new ones
 *   are appended, so a one-story change does not rewrite the file.
 *
 * Any doubt (other compiler version, site.yaml, content dir, missing output)
 * means no cache and a full build.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ArticleEntry } from './articleEntry';
import { replaceFile } from './replaceFile';
import { CachedSources } from './cachedSources';
import { CachedEntry, COLUMN, ENTRY, hasSeparator, ITEM, split, summaryBytes } from './cachedEntry';
import { hashText } from './outputHash';
import type { Stamp } from './stamps';
import { SummaryStore } from './summaryStore';

/** Bump when the compiler's output for the same input changes, or this file's format does. */
export const CACHE_VERSION = 3;
export const DEFAULT_CACHE_DIR = 'node_modules/.cache/dateline';

export interface CachedSource {
  stamp: Stamp;
  entry: ArticleEntry;
  /** The related ids the article file was written with. */
  relatedIds: string;
}

export interface BuildKey {
  version: number;
  siteHash: string;
  contentDir: string;
  outDir: string;
}

/** A source as loaded: `row` is its place in the cache's columns, which a patch (cachePatch.ts) rewrites. */
export interface LoadedSource extends CachedSource {
  entry: CachedEntry;
  row: number;
}

export interface BuildCache extends BuildKey {
  sources: CachedSources;
  /** API path -> what it was written from, for every file but articles (which follow from the sources, see ChangeSet). */
  outputs: Map<string, string>;
  /** The .summaries file as loaded. */
  summaries?: SummaryStore;
  /** The .numbers file as loaded, NUMBERS per source. */
  numbers?: Float64Array;
}

/** What the next build needs to know of one source. */
export interface SourceRecord extends CachedSource {
  file: string;
}

export interface StoredCache extends BuildKey {
  count: number;
  /** Bytes of the .summaries file that some source still uses; the rest is garbage from earlier appends. */
  live: number;
  /** API paths and their hashes, each list joined by ENTRY. */
  outputs: [string, string];
}

/**
 * The per-source fields live in two more files, so a load is a few splits
 * and a typed-array view instead of parsing ~30 MB of JSON rows:
 * `.strings` (one column per field, values joined by ENTRY, list items by
 * ITEM, columns by COLUMN) and `.numbers` (NUMBERS float64s per source).
 * A value holding one of these characters is not cached (see saveCache).
 */
const COLUMNS = ['files', 'ids', 'langs', 'sections', 'slugs', 'tags', 'related', 'lines', 'relatedIds'] as const;
/** mtimeMs, size, publishedMs, views, section pick (NaN: none), site pick, summary start, summary end. */
export const NUMBERS = 8;

export function cacheFile(cacheDir: string, outDir: string): string {
  return path.join(path.resolve(cacheDir), `content-${hashText(path.resolve(outDir)).slice(0, 16)}.json`);
}

export const sibling = (file: string, ext: string) => file.replace(/\.json$/, ext);

export function loadCache(file: string, key: BuildKey): BuildCache | null {
  if (!existsSync(path.join(key.outDir, 'site.json'))) return null;
  try {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as StoredCache;
    const same = (Object.keys(key) as (keyof BuildKey)[]).every((k) => stored[k] === key[k]);
    if (!same) return null;
    const { count } = stored;
    const store = new SummaryStore(sibling(file, '.summaries'), stored.live);
    const raw = readFileSync(sibling(file, '.numbers'));
    // A copy keeps the float64 view aligned whatever offset the read buffer has.
    const numbers = new Float64Array(raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.length));
    const texts = readFileSync(sibling(file, '.strings'), 'utf8').split(COLUMN);
    const columns = Object.fromEntries(COLUMNS.map((name, i) => [name, count === 0 ? [] : texts[i]!.split(ENTRY)])) as Record<(typeof COLUMNS)[number], string[]>;
    if (numbers.length !== count * NUMBERS || COLUMNS.some((name) => columns[name].length !== count)) return null;
    const outputs = new Map<string, string>();
    const [paths, hashes] = [split(stored.outputs[0], ENTRY), split(stored.outputs[1], ENTRY)];
    paths.forEach((apiPath, i) => outputs.set(apiPath, hashes[i]!));
    const { files } = columns;
    // Rows are matched to the scan by a merge (CachedSources.align): they must be in the scan's order (sorted by path).
    for (let i = 1; i < count; i++) if (!(files[i - 1]! < files[i]!)) return null;
    for (let n = 7; n < numbers.length; n += NUMBERS) if (numbers[n]! > store.length) return null;
    const sources = new CachedSources(key.contentDir + path.sep, columns, numbers, NUMBERS, store);
    return { ...key, sources, outputs, summaries: store, numbers };
  } catch {
    return null;
  }
}

/**
 * Writes the cache for the next build. Summaries the previous cache already
 * holds stay where they are; new ones are appended, and the file is rewritten
 * whole only once most of it is garbage, so a one-story change appends one
 * summary instead of rewriting ~50 MB. A source whose fields hold a separator
 * character leaves no cache at all: the next build is a full one.
 */
export function saveCache(file: string, key: BuildKey, sources: Iterable<SourceRecord>, outputs: ReadonlyMap<string, string>, previous: BuildCache | null): void {
  const columns = Object.fromEntries(COLUMNS.map((name) => [name, [] as string[]])) as Record<(typeof COLUMNS)[number], string[]>;
  const numbers: number[] = [];
  const reused = previous?.summaries;
  const added: Buffer[] = [];
  let end = reused?.length ?? 0;
  let live = 0;
  const prefix = key.contentDir + path.sep;
  let unsafe = false;
  for (const { file: source, stamp, entry, relatedIds } of sources) {
    // Sources always sit below the content dir (the source scan); slicing is much cheaper than path.relative.
    columns.files.push(source.startsWith(prefix) ? source.slice(prefix.length) : path.relative(key.contentDir, source));
    columns.ids.push(entry.id);
    columns.langs.push(entry.lang);
    columns.sections.push(entry.section);
    columns.slugs.push(entry.slug);
    columns.relatedIds.push(relatedIds);
    numbers.push(...rowNumbers(stamp, entry));
    if (entry instanceof CachedEntry && entry.store === reused) {
      columns.tags.push(entry.tagsText);
      columns.related.push(entry.relatedText);
      columns.lines.push(entry.linesText);
      numbers.push(entry.start, entry.end);
      live += entry.end - entry.start;
      continue;
    }
    // Ids, langs, sections and slugs are pattern-checked; paths and tags could in principle hold anything.
    unsafe ||= hasSeparator(source) || entry.tags.some(hasSeparator);
    columns.tags.push(entry.tags.join(ITEM));
    columns.related.push(entry.related.join(ITEM));
    columns.lines.push(linesText(entry));
    const bytes = summaryBytes(entry);
    added.push(bytes);
    numbers.push(end, end + bytes.length);
    live += bytes.length;
    end += bytes.length;
  }
  if (unsafe) return;
  const texts = COLUMNS.map((name) => columns[name].join(ENTRY));
  const stored = storedCache(key, columns.files.length, live, outputs);
  mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  const summaries = sibling(file, '.summaries');
  if (reused && reused.file === summaries && live * 2 >= end) {
    // Only appended to: every span the old cache names stays valid, and the new .json is renamed in last.
    if (added.length > 0) appendFileSync(summaries, Buffer.concat(added));
  } else {
    stored.live = compact(numbers, reused, added, `${temp}.summaries`);
    renameSync(`${temp}.summaries`, summaries);
  }
  replaceFile(sibling(file, '.numbers'), new Float64Array(numbers));
  replaceFile(sibling(file, '.strings'), texts.join(COLUMN));
  replaceFile(file, JSON.stringify(stored));
}

/** A source's numbers but its summary span (the last two). */
export const rowNumbers = (stamp: Stamp, entry: ArticleEntry) =>
  [stamp.mtimeMs, stamp.size, entry.publishedMs, entry.views, entry.picks.section ?? NaN, entry.picks.site ?? NaN] as const;

export const linesText = ({ lines }: ArticleEntry) => [lines.id, lines.slug, lines.lang, lines.section, ...lines.related].join(ITEM);

export function storedCache(key: BuildKey, count: number, live: number, outputs: ReadonlyMap<string, string>): StoredCache {
  return { ...pickKey(key), count, live, outputs: [[...outputs.keys()].join(ENTRY), [...outputs.values()].join(ENTRY)] };
}

/** Rewrites the summaries back to back, dropping garbage, and renumbers the spans in `numbers`; answers the new length. */
function compact(numbers: number[], reused: SummaryStore | undefined, added: readonly Buffer[], target: string): number {
  const appended = Buffer.concat(added);
  const base = reused?.length ?? 0;
  const old = reused?.all();
  const chunks: Buffer[] = [];
  let offset = 0;
  for (let n = 0; n < numbers.length; n += NUMBERS) {
    const [start, end] = [numbers[n + 6]!, numbers[n + 7]!];
    const bytes = start >= base ? appended.subarray(start - base, end - base) : old!.subarray(start, end);
    chunks.push(bytes);
    numbers[n + 6] = offset;
    offset += bytes.length;
    numbers[n + 7] = offset;
  }
  writeFileSync(target, Buffer.concat(chunks, offset));
  return offset;
}

function pickKey(key: BuildKey): BuildKey {
  return { version: key.version, siteHash: key.siteHash, contentDir: key.contentDir, outDir: key.outDir };
}

export function dropCache(file: string): void {
  rmSync(file, { force: true });
}
