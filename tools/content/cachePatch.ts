/**
 * Saving the build cache after an edit that left the list of sources as it
 * was: the few changed sources' rows of `.numbers` are patched and their new
 * summaries appended, and `.strings` is kept, instead of joining and writing
 * ~20 MB of columns for 100,000 sources again (~1 s of a one-article rebuild).
 * Only when no changed source differs from its cached row in a string
 * column (ids, tags, lines, related ids...): otherwise saveCache writes it all.
 */
import { appendFileSync } from 'node:fs';
import { CachedEntry, ITEM, summaryBytes } from './cachedEntry';
import {
  linesText,
  NUMBERS,
  rowNumbers,
  sibling,
  storedCache,
  type BuildCache,
  type BuildKey,
  type LoadedSource,
  type SourceRecord,
} from './buildCache';
import { replaceFile } from './replaceFile';

const sameStrings = (record: SourceRecord, cached: LoadedSource) => {
  const [now, then] = [record.entry, cached.entry];
  return (
    now === then ||
    (now.id === then.id &&
      now.lang === then.lang &&
      now.section === then.section &&
      now.slug === then.slug &&
      now.tags.join(ITEM) === then.tagsText &&
      now.related.join(ITEM) === then.relatedText &&
      linesText(now) === then.linesText)
  );
};

/**
 * `changed`: every source whose record differs from the cache's, the same
 * sources as the cache in the same order otherwise (ChangeSet.changedRecords).
 * Answers false, having written nothing, when a patch cannot express them.
 */
export function patchCache(file: string, key: BuildKey, changed: readonly SourceRecord[], outputs: ReadonlyMap<string, string>, previous: BuildCache): boolean {
  const { numbers, summaries } = previous;
  if (!numbers || !summaries || summaries.file !== sibling(file, '.summaries')) return false;
  const rows: [number, number[]][] = [];
  const added: Buffer[] = [];
  let end = summaries.length;
  let live = summaries.live;
  for (const record of changed) {
    const cached = previous.sources.get(record.file);
    if (!cached || record.relatedIds !== cached.relatedIds || !sameStrings(record, cached)) return false;
    const n = cached.row * NUMBERS;
    let [start, stop] = [numbers[n + 6]!, numbers[n + 7]!];
    const bytes = summaryBytes(record.entry);
    if (!(record.entry instanceof CachedEntry && record.entry.store === summaries) && !bytes.equals(summaries.slice(start, stop))) {
      live += bytes.length - (stop - start);
      [start, stop] = [end, end + bytes.length];
      end = stop;
      added.push(bytes);
    }
    rows.push([n, [...rowNumbers(record.stamp, record.entry), start, stop]]);
  }
  // Mostly garbage: leave it to saveCache, which compacts.
  if (live * 2 < end) return false;
  if (added.length > 0) appendFileSync(summaries.file, Buffer.concat(added));
  for (const [n, row] of rows) numbers.set(row, n);
  replaceFile(sibling(file, '.numbers'), numbers);
  replaceFile(file, JSON.stringify(storedCache(key, numbers.length / NUMBERS, live, outputs)));
  return true;
}
