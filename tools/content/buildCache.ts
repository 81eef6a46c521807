/**
 * What the last successful build saw and wrote, so the next one reads only
 * changed sources and rewrites only changed files. Kept outside the output
 * (node_modules/.cache/dateline by default), two files per output dir:
 *
 * - `<name>.json`: the key, each source's stamp and the fields every build
 *   reads for every story (ids, dates, tags...), in flat arrays;
 * - `<name>.summaries`: each story's summary as JSON text, back to back.
 *   A build parses only the summaries of the files it rewrites; new ones
 *   are appended, so a one-story change does not rewrite the file.
 *
 * Any doubt (other compiler version, site.yaml, content dir, missing output)
 * means no cache and a full build.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Summary } from '../../src/content-api/schemas';
import type { ArticleEntry } from './articleEntry';
import { hashText } from './outputHash';
import type { Stamp } from './stamps';

/** Bump when the compiler's output for the same input changes, or this file's format does. */
export const CACHE_VERSION = 2;
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

export interface BuildCache extends BuildKey {
  sources: Map<string, CachedSource>;
  /** API path -> what it was written from, for every file but articles (which follow from the sources, see ChangeSet). */
  outputs: Map<string, string>;
  /** The .summaries file as loaded: the next save appends to it instead of rewriting it. */
  summaries?: SummaryStore;
}

/** What the next build needs to know of one source. */
export interface SourceRecord extends CachedSource {
  file: string;
}

/** Per source: id, lang, section, slug, publishedMs, views, section pick, site pick, tags, related, lines, relatedIds. */
type HotRow = [string, string, string, string, number, number, number | null, number | null, string[], string[], number[], string];

interface StoredCache extends BuildKey {
  /** Paths relative to the content dir. */
  files: string[];
  /** mtimeMs and size of each file, flat. */
  stamps: number[];
  hot: HotRow[];
  /** Start and end of each summary's bytes in the .summaries file, flat. */
  spans: number[];
  /** Bytes of the .summaries file that some source still uses; the rest is garbage from earlier appends. */
  live: number;
  outputs: [string[], string[]];
}

interface SummaryStore {
  file: string;
  bytes: Buffer;
  live: number;
}

const NO_PICKS: ArticleEntry['picks'] = Object.freeze({});

/** An entry read back from the cache: its summary is parsed on first use only. */
class CachedEntry implements ArticleEntry {
  readonly id: string;
  readonly lang: string;
  readonly section: string;
  readonly slug: string;
  readonly publishedMs: number;
  readonly views: number;
  readonly picks: ArticleEntry['picks'];
  readonly tags: string[];
  readonly related: string[];
  private parsed: Summary | null = null;

  constructor(
    readonly file: string,
    /** The stored row, written back as it is while the source does not change. */
    readonly row: HotRow,
    readonly store: SummaryStore,
    readonly start: number,
    readonly end: number,
  ) {
    [this.id, this.lang, this.section, this.slug, this.publishedMs, this.views] = row;
    this.picks = row[6] === null && row[7] === null ? NO_PICKS : { ...(row[6] === null ? {} : { section: row[6] }), ...(row[7] === null ? {} : { site: row[7] }) };
    this.tags = row[8];
    this.related = row[9];
  }

  get lines(): ArticleEntry['lines'] {
    const [id, slug, lang, section, ...related] = this.row[10];
    return { id: id!, slug: slug!, lang: lang!, section: section!, related };
  }

  get summary(): Summary {
    this.parsed ??= JSON.parse(this.store.bytes.toString('utf8', this.start, this.end)) as Summary;
    return this.parsed;
  }
}

/** The summary's JSON text, without parsing it when it came from the cache untouched. */
export function summaryBytes(entry: ArticleEntry): Buffer {
  return entry instanceof CachedEntry ? entry.store.bytes.subarray(entry.start, entry.end) : Buffer.from(JSON.stringify(entry.summary));
}

export function cacheFile(cacheDir: string, outDir: string): string {
  return path.join(path.resolve(cacheDir), `content-${hashText(path.resolve(outDir)).slice(0, 16)}.json`);
}

const summariesFile = (file: string) => file.replace(/\.json$/, '.summaries');

export function loadCache(file: string, key: BuildKey): BuildCache | null {
  if (!existsSync(path.join(key.outDir, 'site.json'))) return null;
  try {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as StoredCache;
    const same = (Object.keys(key) as (keyof BuildKey)[]).every((k) => stored[k] === key[k]);
    if (!same) return null;
    const store: SummaryStore = { file: summariesFile(file), bytes: readFileSync(summariesFile(file)), live: stored.live };
    const { files, stamps, hot, spans } = stored;
    if (spans.some((offset) => offset > store.bytes.length)) return null;
    const outputs = new Map<string, string>();
    stored.outputs[0].forEach((apiPath, i) => outputs.set(apiPath, stored.outputs[1][i]!));
    const sources = new Map<string, CachedSource>();
    const prefix = key.contentDir + path.sep;
    for (let i = 0; i < files.length; i++) {
      const source = prefix + files[i]!;
      const entry = new CachedEntry(source, hot[i]!, store, spans[2 * i]!, spans[2 * i + 1]!);
      sources.set(source, { stamp: { mtimeMs: stamps[2 * i]!, size: stamps[2 * i + 1]! }, entry, relatedIds: hot[i]![11] });
    }
    return { ...key, sources, outputs, summaries: store };
  } catch {
    return null;
  }
}

/**
 * Writes the cache for the next build. Summaries the previous cache already
 * holds stay where they are; new ones are appended, and the file is rewritten
 * whole only once most of it is garbage, so a one-story change appends one
 * summary instead of rewriting ~50 MB.
 */
export function saveCache(file: string, key: BuildKey, sources: Iterable<SourceRecord>, outputs: ReadonlyMap<string, string>, previous: BuildCache | null): void {
  const stored: StoredCache = { ...pickKey(key), files: [], stamps: [], hot: [], spans: [], live: 0, outputs: [[], []] };
  const reused = previous?.summaries;
  const added: Buffer[] = [];
  let end = reused?.bytes.length ?? 0;
  const prefix = key.contentDir + path.sep;
  for (const { file: source, stamp, entry, relatedIds } of sources) {
    // Sources always sit below the content dir (listArticleFiles); slicing is much cheaper than path.relative.
    stored.files.push(source.startsWith(prefix) ? source.slice(prefix.length) : path.relative(key.contentDir, source));
    stored.stamps.push(stamp.mtimeMs, stamp.size);
    if (entry instanceof CachedEntry && entry.store === reused) {
      stored.hot.push(entry.row[11] === relatedIds ? entry.row : [...entry.row.slice(0, 11), relatedIds] as HotRow);
      stored.spans.push(entry.start, entry.end);
      stored.live += entry.end - entry.start;
      continue;
    }
    const { lines } = entry;
    stored.hot.push([entry.id, entry.lang, entry.section, entry.slug, entry.publishedMs, entry.views, entry.picks.section ?? null,
      entry.picks.site ?? null, entry.tags, entry.related, [lines.id, lines.slug, lines.lang, lines.section, ...lines.related], relatedIds]);
    const bytes = summaryBytes(entry);
    added.push(bytes);
    stored.spans.push(end, end + bytes.length);
    stored.live += bytes.length;
    end += bytes.length;
  }
  for (const [apiPath, hash] of outputs) {
    stored.outputs[0].push(apiPath);
    stored.outputs[1].push(hash);
  }
  mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  if (reused && reused.file === summariesFile(file) && stored.live * 2 >= end) {
    // Only appended to: every span the old .json names stays valid, and the new .json is renamed in after.
    if (added.length > 0) appendFileSync(reused.file, Buffer.concat(added));
  } else {
    compact(stored, reused, added, `${temp}.summaries`);
    renameSync(`${temp}.summaries`, summariesFile(file));
  }
  writeFileSync(temp, JSON.stringify(stored));
  renameSync(temp, file);
}

/** Rewrites the summaries back to back, dropping garbage, and renumbers the spans. */
function compact(stored: StoredCache, reused: SummaryStore | undefined, added: readonly Buffer[], target: string): void {
  const appended = Buffer.concat(added);
  const base = reused?.bytes.length ?? 0;
  const chunks: Buffer[] = [];
  let offset = 0;
  for (let i = 0; i < stored.spans.length; i += 2) {
    const [start, end] = [stored.spans[i]!, stored.spans[i + 1]!];
    const bytes = start >= base ? appended.subarray(start - base, end - base) : reused!.bytes.subarray(start, end);
    chunks.push(bytes);
    stored.spans[i] = offset;
    offset += bytes.length;
    stored.spans[i + 1] = offset;
  }
  stored.live = offset;
  writeFileSync(target, Buffer.concat(chunks, offset));
}

function pickKey(key: BuildKey): BuildKey {
  return { version: key.version, siteHash: key.siteHash, contentDir: key.contentDir, outDir: key.outDir };
}

export function dropCache(file: string): void {
  rmSync(file, { force: true });
}
