/**
 * A story as the build cache holds it (see buildCache.ts): the fields every
 * build reads, with its summary left as JSON bytes until a file showing it
 * is written.
 */
import type { Summary } from '../../src/content-api/schemas';
import type { ArticleEntry } from './articleEntry';
import type { SummaryStore } from './summaryStore';

/** Separators of the cache's .strings file: between values, between list items, between columns. */
export const ENTRY = '\u0000';
export const ITEM = '\u0001';
export const COLUMN = '\u0002';


const NO_PICKS: ArticleEntry['picks'] = Object.freeze({});
export const hasSeparator = (text: string) => text.includes(ENTRY) || text.includes(ITEM) || text.includes(COLUMN);
export const split = (text: string, separator: string): string[] => (text === '' ? [] : text.split(separator));

/** An entry read back from the cache: its summary is parsed on first use only. */
export class CachedEntry implements ArticleEntry {
  readonly picks: ArticleEntry['picks'];
  private parsed: Summary | null = null;
  // Split on first use: a body-edit rebuild reads the lists of a few stories, not of all 100,000.
  private tagList: string[] | null = null;
  private relatedList: string[] | null = null;

  constructor(
    readonly file: string,
    readonly id: string,
    readonly lang: string,
    readonly section: string,
    readonly slug: string,
    readonly publishedMs: number,
    readonly views: number,
    sectionPick: number,
    sitePick: number,
    /** Lists as stored, written back as they are while the source does not change. */
    readonly tagsText: string,
    readonly relatedText: string,
    readonly linesText: string,
    readonly store: SummaryStore,
    readonly start: number,
    readonly end: number,
  ) {
    const picks: { section?: number; site?: number } = {};
    if (!Number.isNaN(sectionPick)) picks.section = sectionPick;
    if (!Number.isNaN(sitePick)) picks.site = sitePick;
    this.picks = Number.isNaN(sectionPick) && Number.isNaN(sitePick) ? NO_PICKS : picks;
  }

  get tags(): string[] {
    this.tagList ??= split(this.tagsText, ITEM);
    return this.tagList;
  }

  get related(): string[] {
    this.relatedList ??= split(this.relatedText, ITEM);
    return this.relatedList;
  }

  get lines(): ArticleEntry['lines'] {
    const [id, slug, lang, section, ...related] = this.linesText.split(ITEM).map(Number);
    return { id: id!, slug: slug!, lang: lang!, section: section!, related };
  }

  get summaryJson(): string {
    return this.store.slice(this.start, this.end).toString('utf8');
  }

  get summary(): Summary {
    this.parsed ??= JSON.parse(this.store.slice(this.start, this.end).toString('utf8')) as Summary;
    return this.parsed;
  }
}

/** The summary's JSON text, without parsing it when it came from the cache untouched. */
export function summaryBytes(entry: ArticleEntry): Buffer {
  return entry instanceof CachedEntry ? entry.store.slice(entry.start, entry.end) : Buffer.from(entry.summaryJson);
}
