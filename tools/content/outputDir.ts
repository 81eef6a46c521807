/**
 * Where the API is written. A full build writes into a temporary folder
 * beside the output and swaps it in only when everything succeeded, so
 * readers never see a half-written or failed build. An incremental build
 * (the previous output's hashes are known) runs only after every content
 * check passed and rewrites just the files whose input changed, in place,
 * then removes files no longer produced.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type * as v from 'valibot';
import type { ArticleEntry } from './articleEntry';
import { hashText, validJson } from './outputHash';
import { replaceFile } from './replaceFile';

/** How a checked listing head with `items: []` ends (validJson adds the newline). */
const NO_ITEMS = '"items":[]}\n';

export class OutputDir {
  /** The folder files are written to now: the temp dir, or the output itself when updating. */
  readonly dir: string;
  private readonly tempDir: string;
  private readonly made = new Set<string>();
  /** Every file this build produces but article files -> the hash of its input. */
  readonly hashes = new Map<string, string>();
  /** Article files this build produces; which to rewrite is ChangeSet's decision, so they have no hash here. */
  private articles = 0;
  written = 0;

  /**
   * `previous`: the last build's hashes, which makes this an in-place update.
   * `changed`: whether a story's summary differs from the one the previous output shows.
   */
  constructor(
    readonly outDir: string,
    private readonly previous: ReadonlyMap<string, string> | null = null,
    private readonly changed: (entry: ArticleEntry) => boolean = () => true,
  ) {
    const parent = path.dirname(path.resolve(outDir));
    this.tempDir = path.join(parent, `.${path.basename(outDir)}.tmp-${process.pid}`);
    this.dir = previous ? path.resolve(outDir) : this.tempDir;
  }

  get updating(): boolean {
    return this.previous !== null;
  }

  get files(): number {
    return this.hashes.size + this.articles;
  }

  async open(): Promise<void> {
    if (this.updating) return;
    await rm(this.tempDir, { recursive: true, force: true });
    await mkdir(this.tempDir, { recursive: true });
    this.made.add(this.tempDir);
  }

  /** Writes `data` as JSON unless the same input was written last time. */
  async writeJson<S extends v.GenericSchema>(file: string, schema: S, data: v.InferInput<S>): Promise<void> {
    const hash = hashText(JSON.stringify(data));
    this.hashes.set(file, hash);
    if (this.previous?.get(file) === hash) return;
    this.write(file, schema, data);
  }

  /**
   * A file listing `stories` (in order) plus what `shape` holds (page,
   * counts, section...). Its input is identified by the shape and the
   * stories' ids alone; the summaries are looked at, and the file built, only
   * when that changed or one of its stories' summaries did. At 100,000
   * stories that spares serialising ~35,000 listings to learn that they did not change.
   */
  async writeListing<S extends v.GenericSchema>(
    file: string,
    schema: S,
    shape: unknown,
    stories: readonly ArticleEntry[],
    build: () => v.InferInput<NoInfer<S>>,
  ): Promise<void> {
    if (this.unchanged(file, shape, stories)) return;
    this.write(file, schema, build());
  }

  /**
   * A listing whose schema ends with `items`, the stories' summaries: the
   * same as writeListing with `head` + items, but the file is the checked
   * head with each story's summaryJson spliced in, the bytes JSON.stringify
   * of the whole would give, without building or walking ~350,000 summaries
   * again at 100,000 stories (each was checked once, in readEntry).
   */
  async writeStories<S extends v.GenericSchema>(
    file: string,
    schema: S,
    shape: unknown,
    stories: readonly ArticleEntry[],
    /** The file's data with `items: []`. */
    head: () => v.InferInput<NoInfer<S>>,
  ): Promise<void> {
    if (this.unchanged(file, shape, stories)) return;
    const text = validJson(file, schema, head());
    if (!text.endsWith(NO_ITEMS)) throw new Error(`compiler bug: ${file}: its head must end with empty items`);
    this.put(file, `${text.slice(0, -NO_ITEMS.length)}"items":[${stories.map((e) => e.summaryJson).join(',')}]}\n`);
  }

  /** Records the listing's signature; true when the previous build wrote the same file. */
  private unchanged(file: string, shape: unknown, stories: readonly ArticleEntry[]): boolean {
    const signature = hashText(`${JSON.stringify(shape)}\n${stories.map((e) => e.id).join(',')}`);
    this.hashes.set(file, signature);
    return this.previous?.get(file) === signature && !stories.some(this.changed);
  }

  private write<S extends v.GenericSchema>(file: string, schema: S, data: v.InferInput<S>): void {
    this.put(file, validJson(file, schema, data));
  }

  private put(file: string, text: string): void {
    const target = path.join(this.dir, file);
    const dir = path.dirname(target);
    if (!this.made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      this.made.add(dir);
    }
    // An update in place replaces files (a new inode), so a dist/ built from the last output keeps it.
    (this.updating ? replaceFile : writeFileSync)(target, text);
    this.written++;
  }

  /** The previous build's file stays as it is (the caller knows its input did not change). */
  keep(file: string): boolean {
    const hash = this.previous?.get(file);
    if (hash !== undefined) this.hashes.set(file, hash);
    return hash !== undefined;
  }

  /** Every file the previous build wrote but articles stays as it is (the caller knows no input changed). */
  keepAll(): void {
    for (const [file, hash] of this.previous ?? []) this.hashes.set(file, hash);
  }

  /** Article files produced: `written` of them (re)written, the rest left as they were. */
  recordArticles(produced: number, written: number): void {
    this.articles += produced;
    this.written += written;
  }

  /**
   * Swaps the new output in (the old one is removed only after), or removes
   * files no longer produced: listings the previous build wrote and this one
   * did not, and `goneArticles`.
   */
  async commit(goneArticles: readonly string[] = []): Promise<void> {
    if (this.updating) {
      const gone = [...this.previous!.keys()].filter((file) => !this.hashes.has(file)).concat(goneArticles);
      await Promise.all(gone.map((file) => rm(path.join(this.dir, file), { force: true })));
      return;
    }
    const out = path.resolve(this.outDir);
    const old = `${this.tempDir}.old`;
    await mkdir(path.dirname(out), { recursive: true });
    await rm(old, { recursive: true, force: true });
    let hadOld = true;
    try {
      await rename(out, old);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      hadOld = false;
    }
    await rename(this.tempDir, out);
    if (hadOld) await rm(old, { recursive: true, force: true });
  }

  async discard(): Promise<void> {
    if (!this.updating) await rm(this.tempDir, { recursive: true, force: true });
  }
}
