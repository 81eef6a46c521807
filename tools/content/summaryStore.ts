/**
 * The build cache's .summaries file: every story's summary as JSON, back to
 * back (~50 MB at 100,000 stories). A rebuild that shows few summaries reads
 * just their spans; past READ_ALL of them it reads the whole file once.
 */
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';

const READ_ALL = 2000;

export class SummaryStore {
  /** Bytes as loaded; a save may append more, which this build does not read. */
  readonly length: number;
  private whole: Buffer | null = null;
  private reads = 0;

  constructor(
    readonly file: string,
    /** Bytes some source still uses; the rest is garbage from earlier appends. */
    readonly live: number,
  ) {
    this.length = statSync(file).size;
  }

  slice(start: number, end: number): Buffer {
    if (this.whole || ++this.reads > READ_ALL) return this.all().subarray(start, end);
    const bytes = Buffer.allocUnsafe(end - start);
    const fd = openSync(this.file, 'r');
    try {
      if (readSync(fd, bytes, 0, bytes.length, start) !== bytes.length) throw new Error(`${this.file}: shorter than its cache says`);
    } finally {
      closeSync(fd);
    }
    return bytes;
  }

  all(): Buffer {
    this.whole ??= readFileSync(this.file).subarray(0, this.length);
    return this.whole;
  }
}
