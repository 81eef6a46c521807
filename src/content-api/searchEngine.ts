import { searchIndexOptions, searchQueryOptions, type SearchDocument } from './searchOptions';
import type { SearchHit, SearchIndexFile } from './schemas';
import { ApiError } from './ApiError';
import { apiFiles } from './paths';

/** Results a search lists at most; the count still says how many matched. */
export const MAX_SEARCH_RESULTS = 50;

export interface SearchResults {
  hits: SearchHit[];
  /** Every story that matched, beyond the ones listed. */
  total: number;
}

export interface SearchEngine {
  lang: string;
  /** How much of the edition the index covers (see docs/content-api.md). */
  documents: number;
  total: number;
  search: (query: string) => SearchResults;
}

/** Turns a fetched index file into a search function; MiniSearch is imported here and nowhere else in the app. */
export async function loadSearchEngine(file: SearchIndexFile): Promise<SearchEngine> {
  const { default: MiniSearch } = await import('minisearch');
  let index: InstanceType<typeof MiniSearch<SearchDocument>>;
  try {
    index = await MiniSearch.loadJSONAsync<SearchDocument>(JSON.stringify(file.index), searchIndexOptions);
  } catch (error) {
    throw new ApiError('invalid', apiFiles.searchIndex(file.lang), error instanceof Error ? error.message : 'unreadable index');
  }
  // The stored fields were checked against the schema when the file was fetched; results are read from them.
  const byId = new Map(Object.values(file.index.storedFields).map((hit) => [hit.id, hit]));
  return {
    lang: file.lang,
    documents: file.documents,
    total: file.total,
    search: (query) => {
      if (!query.trim()) return { hits: [], total: 0 };
      const found = index.search(query, searchQueryOptions);
      const hits = found.slice(0, MAX_SEARCH_RESULTS).flatMap((r) => {
        const hit = byId.get(String(r.id));
        return hit ? [hit] : [];
      });
      return { hits, total: found.length };
    },
  };
}
