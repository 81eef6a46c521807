/**
 * What changed since the cached build: which sources were re-parsed or
 * removed, hence which article files must be rewritten (their own source,
 * their related list or a related story changed) and whether an edition's
 * search index can stay. With no cache everything counts as changed.
 */
import { apiFiles } from '../../src/content-api/paths';
import type { ArticleEntry } from './articleEntry';
import type { BuildCache, SourceRecord } from './buildCache';
import { summaryBytes } from './cachedEntry';
import type { IssueSink } from './errors';
import type { RelatedIndex } from './related';
import { SEARCH_LIMITS } from './searchIndex';
import type { ParseResult } from './shard';
import type { ArticleJob } from './shardPool';
import type { Sources } from './sourceScan';

export interface ArticlePlan {
  jobs: ArticleJob[];
  /** How many article files stay as they are. */
  kept: number;
  /** file -> related ids, where they were worked out again; the others keep the cached ones. */
  relatedIds: Map<string, string>;
}

const sameKeys = (a: ArticleEntry, b: ArticleEntry) =>
  a.id === b.id && a.slug === b.slug && a.lang === b.lang && a.section === b.section && a.related.join(',') === b.related.join(',');

const sameRanking = (a: ArticleEntry, b: ArticleEntry) =>
  a.publishedMs === b.publishedMs &&
  a.views === b.views &&
  a.picks.section === b.picks.section &&
  a.picks.site === b.picks.site &&
  a.tags.join('\u0000') === b.tags.join('\u0000');

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
  /** `${lang}/${section}` of every changed story, before and after: only there can related lists change. */
  private readonly touchedSections = new Map<string, Set<string>>();
  /** Entries whose summary is new or differs from the cached one: listings showing them must be rewritten. */
  private readonly newSummaries = new Set<ArticleEntry>();
  /** Cached versions of re-parsed or removed sources, and the new versions of re-parsed ones. */
  private readonly before: ArticleEntry[] = [];
  private readonly after: ArticleEntry[] = [];
  /**
   * True when the cached build saw the same sources and every changed one
   * kept its id, slug, edition, section and related ids: then the checks
   * across files (checkCorpus) can only answer what they answered last time.
   */
  keysUnchanged: boolean;
  /** Also false once a changed story's ranking inputs (date, views, picks, tags) differ from the cached ones. */
  private rankingUnchanged = true;

  /** `parsed`: the files whose stamp differed from the cache's (all of them without a cache). */
  constructor(
    private readonly cache: BuildCache | null,
    private readonly sources: Sources,
    parsed: ReadonlyMap<string, ParseResult<ArticleEntry>>,
    sink: IssueSink,
  ) {
    let cachedPresent = 0;
    this.keysUnchanged = cache !== null;
    const rows = cache?.sources.align(sources.files);
    for (let i = 0; i < sources.files.length; i++) {
      const file = sources.files[i]!;
      const row = rows?.[i] ?? -1;
      const cached = row === -1 ? undefined : cache!.sources.at(row);
      if (cached) cachedPresent++;
      const result = parsed.get(file);
      if (!result) {
        if (!cached) throw new Error(`compiler bug: ${file} was neither parsed nor cached`);
        this.entries.push(cached.entry);
        continue;
      }
      sink.issues.push(...result.issues);
      this.changedFiles.add(file);
      if (cached) this.touch(cached.entry);
      if (cached) this.before.push(cached.entry);
      this.keysUnchanged &&= cached !== undefined && result.entry !== null && sameKeys(cached.entry, result.entry);
      this.rankingUnchanged &&= cached !== undefined && result.entry !== null && sameRanking(cached.entry, result.entry);
      if (result.entry) {
        this.entries.push(result.entry);
        this.touch(result.entry);
        this.after.push(result.entry);
        if (!cached || !summaryBytes(cached.entry).equals(summaryBytes(result.entry))) this.newSummaries.add(result.entry);
      }
      if (cached?.entry.lang !== result.entry?.lang) {
        if (cached) this.resized.add(cached.entry.lang);
        if (result.entry) this.resized.add(result.entry.lang);
      }
    }
    // Every cached source still there: none removed, no need to look for them (a 100,000-entry set).
    if (!cache || cachedPresent === cache.sources.size) return;
    this.keysUnchanged = false;
    const present = new Set(sources.files);
    for (const [file, cached] of cache.sources) {
      if (present.has(file)) continue;
      this.touch(cached.entry);
      this.before.push(cached.entry);
      this.resized.add(cached.entry.lang);
    }
  }

  /**
   * True when every listing (home, section and tag pages, sidebars, tag
   * index) has the same input as last time: the same stories, none with
   * another summary or ranking input. A body edit, the commonest change,
   * then costs no listing work at all.
   */
  get listingsUnchanged(): boolean {
    return this.keysUnchanged && this.rankingUnchanged && this.newSummaries.size === 0;
  }

  /** True when the listings showing `entry` must show a summary other than the previous output's. */
  summaryChanged(entry: ArticleEntry): boolean {
    return !this.cache || this.newSummaries.has(entry);
  }

  articleJobs(related: RelatedIndex, dirLangOf: (file: string) => string | null): ArticlePlan {
    const plan: ArticlePlan = { jobs: [], kept: 0, relatedIds: new Map() };
    // With no listing input changed (ids, order, tags, summaries), no related list can differ either.
    const relatedUnchanged = this.listingsUnchanged;
    // Then only a re-parsed story can need its file written: look at those, not at (and hash the path of) every story.
    if (relatedUnchanged) plan.kept = this.entries.length - this.after.length;
    for (const entry of relatedUnchanged ? this.after : this.entries) {
      // Unchanged sources are the cached ones. A related list chosen by tags depends on the story's own section
      // alone; an author's list, while no id came or went, on the stories it names.
      const keep =
        !this.changedFiles.has(entry.file) &&
        (relatedUnchanged ||
          (entry.related.length === 0
            ? !this.touchedSections.get(entry.lang)?.has(entry.section)
            : this.keysUnchanged && !entry.related.some((id) => this.changedIds.has(id))));
      if (keep) {
        plan.kept++;
        continue;
      }
      const cached = this.cache?.sources.get(entry.file);
      const list = related.relatedTo(entry);
      const ids = list.map((e) => e.id).join(',');
      plan.relatedIds.set(entry.file, ids);
      const same =
        cached !== undefined &&
        !this.changedFiles.has(entry.file) &&
        cached.relatedIds === ids &&
        !list.some((e) => this.changedIds.has(e.id));
      if (same) plan.kept++;
      else plan.jobs.push({ file: entry.file, dirLang: dirLangOf(entry.file), related: list });
    }
    return plan;
  }

  /**
   * True when no changed story can be among the edition's indexed ones,
   * before or after: each changed version is older than the oldest indexed.
   */
  searchUnchanged(lang: string, nthNewestMs: (n: number) => number | undefined): boolean {
    if (!this.cache || this.resized.has(lang)) return false;
    const touched = this.touched.filter((e) => e.lang === lang);
    if (touched.length === 0) return true;
    const oldest = nthNewestMs(SEARCH_LIMITS.documents);
    return oldest !== undefined && touched.every((e) => e.publishedMs < oldest);
  }

  /** What the next build's cache records of each source. */
  *records(plan: ArticlePlan): Generator<SourceRecord> {
    for (const entry of this.entries) {
      const { file } = entry;
      const relatedIds = plan.relatedIds.get(file) ?? this.cache?.sources.get(file)?.relatedIds ?? '';
      yield { file, stamp: this.sources.stampOf(file), entry, relatedIds };
    }
  }

  /**
   * The records that differ from the cache's when no source was added or
   * removed (the cache's rows stay in place, see cachePatch.ts); null otherwise.
   */
  changedRecords(plan: ArticlePlan): SourceRecord[] | null {
    const { cache } = this;
    // Every entry cached and as many as cached: the same sources (all valid, or the build would have stopped).
    const same = cache && cache.sources.size === this.entries.length && this.after.every((e) => cache.sources.has(e.file));
    if (!same) return null;
    const record = (entry: ArticleEntry): SourceRecord => {
      const { file } = entry;
      return { file, stamp: this.sources.stampOf(file), entry, relatedIds: plan.relatedIds.get(file) ?? cache.sources.get(file)!.relatedIds };
    };
    const records = this.after.map(record);
    for (const [file, ids] of plan.relatedIds) {
      const cached = cache.sources.get(file)!;
      if (!this.changedFiles.has(file) && cached.relatedIds !== ids) records.push(record(cached.entry));
    }
    return records;
  }

  /**
   * Article files of the previous output that no story produces any more.
   * Only a changed or removed source can have left one: ids were unique last
   * time too, so no unchanged story can share a path with an old version.
   */
  goneArticles(): string[] {
    const now = new Set(this.after.map((e) => apiFiles.article(e.lang, e.id)));
    return this.before.map((e) => apiFiles.article(e.lang, e.id)).filter((file) => !now.has(file));
  }

  private touch(entry: ArticleEntry): void {
    this.changedIds.add(entry.id);
    this.touched.push(entry);
    const sections = this.touchedSections.get(entry.lang);
    if (sections) sections.add(entry.section);
    else this.touchedSections.set(entry.lang, new Set([entry.section]));
  }
}
