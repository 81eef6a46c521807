/**
 * Related stories: the ids an author listed; otherwise the newest stories of
 * the same section that share a tag, topped up with the section's newest.
 * Tag lists are indexed once so each article costs O(its tags), not O(corpus).
 */
import type { ArticleEntry } from './articleEntry';
import { compareNewest } from './ranking';

export const RELATED_SIZE = 3;

export class RelatedIndex {
  /** Built when an author-listed story is first asked about: an incremental build seldom needs it. */
  private byIdMap: Map<string, ArticleEntry> | null = null;
  /** `${lang}/${section}` -> tag (lower case) -> entries, newest first; built for a section when first asked. */
  private readonly byTag = new Map<string, Map<string, ArticleEntry[]>>();

  constructor(
    private readonly entries: readonly ArticleEntry[],
    /** The entry's section, newest first. */
    private readonly sectionNewest: (entry: ArticleEntry) => readonly ArticleEntry[],
  ) {}

  private get byId(): Map<string, ArticleEntry> {
    this.byIdMap ??= new Map(this.entries.map((e) => [e.id, e]));
    return this.byIdMap;
  }

  relatedTo(entry: ArticleEntry): ArticleEntry[] {
    if (entry.related.length > 0) {
      return entry.related.map((id) => this.byId.get(id)).filter((e): e is ArticleEntry => e !== undefined);
    }
    const tags = this.tagsOf(entry);
    const candidates = new Set<ArticleEntry>();
    for (const tag of new Set(entry.tags.map((t) => t.toLowerCase()))) {
      // The newest RELATED_SIZE + 1 of each tag list always cover the overall newest RELATED_SIZE, self excluded.
      for (const other of (tags.get(tag) ?? []).slice(0, RELATED_SIZE + 1)) {
        if (other !== entry) candidates.add(other);
      }
    }
    const chosen = [...candidates].sort(compareNewest).slice(0, RELATED_SIZE);
    for (const other of this.sectionNewest(entry)) {
      if (chosen.length >= RELATED_SIZE) break;
      if (other !== entry && !chosen.includes(other)) chosen.push(other);
    }
    return chosen;
  }

  /** An incremental build asks only for the sections a change touched, so only those are indexed. */
  private tagsOf(entry: ArticleEntry): Map<string, ArticleEntry[]> {
    const key = `${entry.lang}/${entry.section}`;
    let tags = this.byTag.get(key);
    if (tags) return tags;
    this.byTag.set(key, (tags = new Map()));
    for (const other of this.sectionNewest(entry)) {
      for (const tag of new Set(other.tags.map((t) => t.toLowerCase()))) {
        const list = tags.get(tag);
        if (list) list.push(other);
        else tags.set(tag, [other]);
      }
    }
    return tags;
  }
}
