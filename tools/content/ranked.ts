/**
 * The stories newest first, per edition and per section. When listings are
 * written everything is sorted once; a rebuild that writes none (a body edit)
 * sorts only the sections it asks about and reads one date per edition, not
 * a sort of all 100,000 stories.
 */
import type { ArticleEntry } from './articleEntry';
import { compareNewest } from './ranking';

const sectionKey = (lang: string, section: string) => `${lang}/${section}`;

export class Ranked {
  private grouped = false;
  private readonly editions = new Map<string, ArticleEntry[]>();
  private sections = new Map<string, ArticleEntry[]>();

  /** `sortAll`: the whole order will be needed (listings), so sort it now rather than section by section. */
  constructor(
    private readonly entries: readonly ArticleEntry[],
    sortAll: boolean,
  ) {
    if (sortAll) this.groupAll();
  }

  edition(lang: string): readonly ArticleEntry[] {
    this.groupAll();
    return this.editions.get(lang) ?? [];
  }

  section(lang: string, section: string): readonly ArticleEntry[] {
    const key = sectionKey(lang, section);
    let list = this.sections.get(key);
    if (!list && !this.grouped) {
      // The same order as grouping the whole sorted list: compareNewest is a total order (it ends on the id).
      list = this.entries.filter((e) => e.lang === lang && e.section === section).sort(compareNewest);
      this.sections.set(key, list);
    }
    return list ?? [];
  }

  /** The date of the edition's n-th newest story (1-based), if it has that many. */
  nthNewestMs(lang: string, n: number): number | undefined {
    if (this.grouped) return this.edition(lang)[n - 1]?.publishedMs;
    const times = new Float64Array(this.entries.length);
    let count = 0;
    for (const e of this.entries) if (e.lang === lang) times[count++] = e.publishedMs;
    if (count < n) return undefined;
    // Only dates count here, so ties in date need no tie-break; a typed array sorts numbers ascending.
    const sorted = times.subarray(0, count).sort();
    return sorted[count - n];
  }

  private groupAll(): void {
    if (this.grouped) return;
    this.grouped = true;
    const sections = new Map<string, ArticleEntry[]>();
    for (const entry of [...this.entries].sort(compareNewest)) {
      const edition = this.editions.get(entry.lang);
      if (edition) edition.push(entry);
      else this.editions.set(entry.lang, [entry]);
      const key = sectionKey(entry.lang, entry.section);
      const section = sections.get(key);
      if (section) section.push(entry);
      else sections.set(key, [entry]);
    }
    this.sections = sections;
  }
}
