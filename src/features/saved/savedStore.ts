import { del, get, set, values } from 'idb-keyval';
import * as v from 'valibot';
import { articleSchema, type Article } from '../../content-api';
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

const savedSchema = v.object({ article: articleSchema, savedAt: v.number() });

/** A copy written by an older build whose schema has since changed is left out rather than shown broken. */
function valid(entry: unknown): SavedArticle | undefined {
  const result = v.safeParse(savedSchema, entry);
  return result.success ? result.output : undefined;
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
    list: async () => byNewest((await values(store)).map(valid).filter((e) => e !== undefined)),
    get: async (lang, id) => valid(await get(keyOf(lang, id), store)),
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
