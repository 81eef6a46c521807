/**
 * What changed since the cached build: which sources were re-parsed or
 * removed, hence which article files must be rewritten (their own source,
 * their related list or a related story changed) and whether an edition's
 * search index can stay. With no cache everything counts as changed.
 */
import { apiFiles } from '../../src/content-api/paths';
import type { ArticleEntry } from './articleEntry';
import type { BuildCache, CachedSource } from './buildCache';
import type { IssueSink } from './errors';
import type { RelatedIndex } from './related';
import { SEARCH_LIMITS } from './searchIndex';
import type { ParseResult, WriteJob } from './shard';
import { sameStamp, type Stamp } from './stamps';

export interface ArticlePlan {
  jobs: (WriteJob & { dirLang: string | null })[];
  /** Article files left as they are. */
  kept: string[];
  /** file -> related ids, for the next build's cache. */
  relatedIds: Map<string, string>;
}

export class ChangeSet {
  /** Every valid entry, in file order. */
  readonly entries: ArticleEntry[] = [];
  private readonly changedFiles = new Set<string>();
  /** Ids whose summary may differ from the cached one (changed, added or removed). */
  private readonly changedIds = new Set<string>();
  /** Old and new versions of changed or removed entries, for the search index decision. */
  private readonly touched: ArticleEntry[] = [];
  /** Editions that gained or lost a story: their search index's total changes. */
  private readonly resized = new Set<string>();

  /** `parsed`: the files whose stamp differed from the cache's (all of them without a cache). */
  constructor(
    private readonly cache: BuildCache | null,
    files: readonly string[],
    private readonly stamps: ReadonlyMap<string, Stamp>,
    parsed: ReadonlyMap<string, ParseResult>,
    sink: IssueSink,
  ) {
    for (const file of files) {
      const cached = cache?.sources.get(file);
      const result = parsed.get(file);
      if (!result) {
        if (!cached) throw new Error(`compiler bug: ${file} was neither parsed nor cached`);
        this.entries.push(cached.entry);
        continue;
      }
      sink.issues.push(...result.issues);
      this.changedFiles.add(file);
      if (cached) this.touch(cached.entry);
      if (result.entry) {
        this.entries.push(result.entry);
        this.touch(result.entry);
      }
      if (cached?.entry.summary.lang !== result.entry?.summary.lang) {
        if (cached) this.resized.add(cached.entry.summary.lang);
        if (result.entry) this.resized.add(result.entry.summary.lang);
      }
    }
    const present = new Set(files);
    for (const [file, cached] of cache?.sources ?? []) {
      if (present.has(file)) continue;
      this.touch(cached.entry);
      this.resized.add(cached.entry.summary.lang);
    }
  }

  /** The files that must be parsed: new or changed since the cached build. */
  static changedFiles(cache: BuildCache | null, files: readonly string[], stamps: ReadonlyMap<string, Stamp>): string[] {
    return files.filter((file) => !sameStamp(cache?.sources.get(file)?.stamp, stamps.get(file)!));
  }

  articleJobs(related: RelatedIndex, dirLangOf: (file: string) => string | null): ArticlePlan {
    const plan: ArticlePlan = { jobs: [], kept: [], relatedIds: new Map() };
    for (const entry of this.entries) {
      const list = related.relatedTo(entry);
      const ids = list.map((e) => e.summary.id).join(',');
      plan.relatedIds.set(entry.file, ids);
      const apiPath = apiFiles.article(entry.summary.lang, entry.summary.id);
      const cached = this.cache?.sources.get(entry.file);
      const same =
        cached !== undefined &&
        !this.changedFiles.has(entry.file) &&
        cached.relatedIds === ids &&
        !list.some((e) => this.changedIds.has(e.summary.id));
      if (same) plan.kept.push(apiPath);
      else {
        const oldHash = this.cache?.outputs.get(apiPath);
        plan.jobs.push({
          file: entry.file,
          dirLang: dirLangOf(entry.file),
          related: list.map((e) => e.summary),
          ...(oldHash === undefined ? {} : { oldHash }),
        });
      }
    }
    return plan;
  }

  /**
   * True when no changed story can be among the edition's indexed ones,
   * before or after: each changed version is older than the oldest indexed.
   */
  searchUnchanged(lang: string, newest: readonly ArticleEntry[]): boolean {
    if (!this.cache || this.resized.has(lang)) return false;
    const touched = this.touched.filter((e) => e.summary.lang === lang);
    if (touched.length === 0) return true;
    const oldest = newest[SEARCH_LIMITS.documents - 1];
    return oldest !== undefined && touched.every((e) => e.publishedMs < oldest.publishedMs);
  }

  sources(relatedIds: ReadonlyMap<string, string>): Map<string, CachedSource> {
    return new Map(
      this.entries.map((entry) => [entry.file, { stamp: this.stamps.get(entry.file)!, entry, relatedIds: relatedIds.get(entry.file) ?? '' }]),
    );
  }

  private touch(entry: ArticleEntry): void {
    this.changedIds.add(entry.summary.id);
    this.touched.push(entry);
  }
}
