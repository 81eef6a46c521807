/**
 * The build cache's sources as loaded: its columns, read by row. Rows are in
 * the order of the sources' paths, as the source scan sorts them (sourceScan.ts), so the
 * rebuild that follows matches them to its scan in one walk, and looks one
 * up by binary search. A CachedEntry is made for a row only when asked
 * for: no 100,000-entry Map keyed by path, whose strings cost more to build
 * and hash than the rest of the load.
 */
import type { LoadedSource } from './buildCache';
import { CachedEntry } from './cachedEntry';
import type { Stamp } from './stamps';
import type { SummaryStore } from './summaryStore';

/** The per-source columns of `.strings`, one value per row. */
export interface SourceColumns {
  /** Paths relative to the content dir, sorted. */
  files: string[];
  ids: string[];
  langs: string[];
  sections: string[];
  slugs: string[];
  tags: string[];
  related: string[];
  lines: string[];
  relatedIds: string[];
}

export class CachedSources {
  private readonly loaded: (LoadedSource | undefined)[];
  /** The last scan matched (align), and its rows. */
  private aligned: { files: readonly string[]; rows: Int32Array } | null = null;

  constructor(
    /** The content dir and a separator: what the columns' paths are relative to. */
    private readonly prefix: string,
    private readonly columns: SourceColumns,
    /** NUMBERS (see buildCache.ts) per row. */
    private readonly numbers: Float64Array,
    private readonly numbersPerRow: number,
    private readonly store: SummaryStore,
  ) {
    this.loaded = new Array<LoadedSource | undefined>(columns.files.length);
  }

  get size(): number {
    return this.columns.files.length;
  }

  /** The source at `row`, made on first use. */
  at(row: number): LoadedSource {
    let source = this.loaded[row];
    if (source) return source;
    const { files, ids, langs, sections, slugs, tags, related, lines, relatedIds } = this.columns;
    const { numbers } = this;
    const n = row * this.numbersPerRow;
    const entry = new CachedEntry(this.prefix + files[row]!, ids[row]!, langs[row]!, sections[row]!, slugs[row]!, numbers[n + 2]!, numbers[n + 3]!,
      numbers[n + 4]!, numbers[n + 5]!, tags[row]!, related[row]!, lines[row]!, this.store, numbers[n + 6]!, numbers[n + 7]!);
    source = { stamp: this.stampAt(row), entry, relatedIds: relatedIds[row]!, row };
    this.loaded[row] = source;
    return source;
  }

  stampAt(row: number): Stamp {
    const n = row * this.numbersPerRow;
    return { mtimeMs: this.numbers[n]!, size: this.numbers[n + 1]! };
  }

  /** True when the scan found `stamp` (mtimeMs, size at `stamps[i * 2]`) for the source at `row`. */
  sameStampAt(row: number, stamps: Float64Array, i: number): boolean {
    const n = row * this.numbersPerRow;
    return this.numbers[n] === stamps[i * 2] && this.numbers[n + 1] === stamps[i * 2 + 1];
  }

  get(file: string): LoadedSource | undefined {
    const row = this.rowOf(file);
    return row === -1 ? undefined : this.at(row);
  }

  has(file: string): boolean {
    return this.rowOf(file) !== -1;
  }

  *[Symbol.iterator](): Generator<[string, LoadedSource]> {
    for (let row = 0; row < this.size; row++) {
      const source = this.at(row);
      yield [source.entry.file, source];
    }
  }

  /**
   * For each of `files` (sorted the same way), its row here or -1: a merge
   * of two sorted lists, which when nothing was added or removed is one
   * string comparison per source. The answer for the last `files` is kept.
   */
  align(files: readonly string[]): Int32Array {
    if (this.aligned?.files === files) return this.aligned.rows;
    const rows = new Int32Array(files.length).fill(-1);
    const cached = this.columns.files;
    let row = 0;
    for (let i = 0; i < files.length; i++) {
      const relative = this.relative(files[i]!);
      if (relative === null) continue;
      while (row < cached.length && cached[row]! < relative) row++;
      if (row < cached.length && cached[row] === relative) rows[i] = row++;
    }
    this.aligned = { files, rows };
    return rows;
  }

  private rowOf(file: string): number {
    const relative = this.relative(file);
    if (relative === null) return -1;
    const cached = this.columns.files;
    let [low, high] = [0, cached.length - 1];
    while (low <= high) {
      const mid = (low + high) >>> 1;
      const here = cached[mid]!;
      if (here === relative) return mid;
      if (here < relative) low = mid + 1;
      else high = mid - 1;
    }
    return -1;
  }

  private relative(file: string): string | null {
    return file.startsWith(this.prefix) ? file.slice(this.prefix.length) : null;
  }
}
