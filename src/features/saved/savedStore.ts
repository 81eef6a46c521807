import { del, get, set, values } from 'idb-keyval';
import { loadValidator, type Article } from '../../content-api';
import { openIdbStore } from '../offline';

export interface SavedArticle {
  article: Article;
  /** Epoch milliseconds. */
  savedAt: number;
}

/** Where saved articles live; an interface so tests can use memory instead of IndexedDB. */
export interface SavedStore {
  list: () => Promise<SavedArticle[]>;
  get: (lang: string, id: string) => Promise<SavedArticle | undefined>;
  put: (entry: SavedArticle) => Promise<void>;
  remove: (lang: string, id: string) => Promise<void>;
}

/**
 * The entries a newer build can still show: a copy written by an older build whose schema has since changed
 * is left out rather than shown broken. The validator loads here, not with the page.
 */
async function valid(entries: unknown[]): Promise<SavedArticle[]> {
  if (entries.length === 0) return [];
  const { isApiData } = await loadValidator();
  return entries.filter(
    (entry): entry is SavedArticle =>
      typeof entry === 'object' && entry !== null && typeof (entry as SavedArticle).savedAt === 'number' && isApiData('article', (entry as SavedArticle).article),
  );
}

const keyOf = (lang: string, id: string) => `${lang}/${id}`;

export function byNewest(entries: SavedArticle[]): SavedArticle[] {
  return [...entries].sort((a, b) => b.savedAt - a.savedAt);
}

/** Thrown where the browser has no IndexedDB at all, so saving can say storage is refused. */
export class StorageUnavailableError extends Error {
  override name = 'StorageUnavailableError';
}

/** Its own database, apart from the query cache, so clearing one never loses the other. */
export function idbSavedStore(): SavedStore {
  const store = openIdbStore('dateline-saved', 'articles');
  if (!store) {
    const refuse = () => Promise.reject(new StorageUnavailableError('IndexedDB is not available'));
    return { list: async () => [], get: async () => undefined, put: refuse, remove: refuse };
  }
  return {
    list: async () => byNewest(await valid(await values(store))),
    get: async (lang, id) => {
      const entry: unknown = await get(keyOf(lang, id), store);
      return entry === undefined ? undefined : (await valid([entry]))[0];
    },
    put: (entry) => set(keyOf(entry.article.lang, entry.article.id), entry, store),
    remove: (lang, id) => del(keyOf(lang, id), store),
  };
}

export function memorySavedStore(): SavedStore {
  const map = new Map<string, SavedArticle>();
  return {
    list: async () => byNewest([...map.values()]),
    get: async (lang, id) => map.get(keyOf(lang, id)),
    put: async (entry) => void map.set(keyOf(entry.article.lang, entry.article.id), entry),
    remove: async (lang, id) => void map.delete(keyOf(lang, id)),
  };
}
