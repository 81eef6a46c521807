import { createStore, del, get, set, type UseStore } from 'idb-keyval';

/** The little a persister needs from a key-value store; tests pass a Map-backed one. */
export interface KeyValueStorage {
  getItem: (key: string) => Promise<string | null | undefined>;
  setItem: (key: string, value: string) => Promise<unknown>;
  removeItem: (key: string) => Promise<void>;
}

/**
 * An IndexedDB database of our own, or null where there is none (old
 * browsers, some private modes, jsdom). createStore opens the database at
 * once, so a browser that throws on open is caught here.
 */
export function openIdbStore(dbName: string, storeName: string): UseStore | null {
  try {
    // Inside the try: for an opaque origin (a sandboxed frame) merely reading `indexedDB` throws a SecurityError.
    if (typeof indexedDB === 'undefined') return null;
    return createStore(dbName, storeName);
  } catch {
    return null;
  }
}

/**
 * Reads that fail behave like an empty store: a reader whose browser refuses
 * storage still reads the news, just without a persisted copy. Writes do
 * reject, so the persister can drop old queries and retry on a full disk.
 */
export function idbStorage(store: UseStore | null): KeyValueStorage {
  if (!store) {
    return { getItem: async () => null, setItem: async () => undefined, removeItem: async () => undefined };
  }
  return {
    getItem: (key) => get<string>(key, store).catch(() => null),
    setItem: (key, value) => set(key, value, store),
    removeItem: (key) => del(key, store).catch(() => undefined),
  };
}
