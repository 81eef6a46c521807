/**
 * Every ordering the API exposes. Each comparator ends on the id so equal
 * keys never depend on input order, which keeps output byte-identical.
 */
import type { ArticleEntry } from './articleEntry';

/** Ids are digit strings; a longer one is the larger number. */
function compareIdsDesc(a: string, b: string): number {
  if (a.length !== b.length) return b.length - a.length;
  return a < b ? 1 : a > b ? -1 : 0;
}

export function compareNewest(a: ArticleEntry, b: ArticleEntry): number {
  return b.publishedMs - a.publishedMs || compareIdsDesc(a.id, b.id);
}

export function compareMostVisited(a: ArticleEntry, b: ArticleEntry): number {
  return b.views - a.views || compareNewest(a, b);
}

/** Most visited first; ties go to the newer story. */
export function mostVisited(entries: readonly ArticleEntry[], size: number): ArticleEntry[] {
  return [...entries].sort(compareMostVisited).slice(0, size);
}

/**
 * Editors' picks by rank (1 first, ties newest first), then the newest
 * stories not already listed, so a sidebar is full even when editors pick
 * fewer than it holds. `newest` must already be newest first.
 */
export function editorsPicks(
  newest: readonly ArticleEntry[],
  key: 'section' | 'site',
  size: number,
): ArticleEntry[] {
  const picked = newest
    .filter((e) => e.picks[key] !== undefined)
    .sort((a, b) => a.picks[key]! - b.picks[key]! || compareNewest(a, b))
    .slice(0, size);
  const chosen = new Set(picked);
  for (const entry of newest) {
    if (picked.length >= size) break;
    if (!chosen.has(entry)) picked.push(entry);
  }
  return picked;
}

export interface PageSlice {
  page: number;
  pageCount: number;
  items: ArticleEntry[];
}

/** Pages of a newest-first list; an empty list still has one (empty) page. */
export function paginate(newest: readonly ArticleEntry[], pageSize: number): PageSlice[] {
  const pageCount = Math.max(1, Math.ceil(newest.length / pageSize));
  return Array.from({ length: pageCount }, (_, i) => ({
    page: i + 1,
    pageCount,
    items: newest.slice(i * pageSize, (i + 1) * pageSize),
  }));
}
