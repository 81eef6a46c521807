import type { Query, QueryClient } from '@tanstack/react-query';
import { createAsyncStoragePersister } from '@tanstack/query-async-storage-persister';
import {
  persistQueryClientRestore,
  persistQueryClientSave,
  persistQueryClientSubscribe,
  removeOldestQuery,
} from '@tanstack/react-query-persist-client';
import { SEARCH_INDEX_KEY } from '../../content-api';
import { idbStorage, openIdbStore, type KeyValueStorage } from './idbStorage';

const HOUR_MS = 60 * 60 * 1000;

/** How long a read page stays readable offline from the persisted cache; gcTime must be at least this. */
export const PERSIST_MAX_AGE_MS = 7 * 24 * HOUR_MS;

/**
 * A slow or stuck IndexedDB must not hold the app hostage: after this it
 * starts without waiting (the restore still lands when it finishes). Online
 * the network can fill in, so the wait is short; offline the persisted copy
 * is all there is, so it is worth waiting longer for.
 */
const restoreTimeoutMs = () => (typeof navigator !== 'undefined' && navigator.onLine === false ? 4000 : 800);

/** Changes one build, so a cache written by another build (maybe another schema) is dropped, not read. */
export const buildId: string = import.meta.env.VITE_BUILD_ID ?? 'dev';

/** Only settled data is worth keeping; other features (saved articles) keep their own stores. */
function shouldPersist(query: Query): boolean {
  // The search engine is a live object, not data: it is rebuilt from its (HTTP-cached) index file instead.
  return query.state.status === 'success' && query.queryKey[0] !== 'saved' && query.queryKey[0] !== SEARCH_INDEX_KEY;
}

export interface PersistOptions {
  storage?: KeyValueStorage;
  buster?: string;
  timeoutMs?: number;
}

/**
 * Restores the query cache a previous visit left in IndexedDB, then keeps
 * saving it, starting with what it holds now. Resolves once restored (or given
 * up on) and saved, so the router's first loaders find the data and nothing
 * flashes a loading state.
 */
export async function restoreAndPersistQueries(client: QueryClient, options: PersistOptions = {}): Promise<void> {
  const persister = createAsyncStoragePersister({
    storage: options.storage ?? idbStorage(openIdbStore('dateline-query-cache', 'queries')),
    key: 'dateline-queries',
    throttleTime: 500,
    retry: removeOldestQuery,
  });
  const persistOptions = {
    queryClient: client,
    persister,
    buster: options.buster ?? buildId,
    maxAge: PERSIST_MAX_AGE_MS,
    dehydrateOptions: { shouldDehydrateQuery: shouldPersist },
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, options.timeoutMs ?? restoreTimeoutMs());
  });
  // A failed restore has already discarded the bad copy; the reader just starts empty.
  await Promise.race([persistQueryClientRestore(persistOptions).catch(() => undefined), timeout]);
  clearTimeout(timer);
  persistQueryClientSubscribe(persistOptions);
  // The subscription saves on the cache's next change; what the cache already holds (a prerendered page's data,
  // hydrated before this ran) is saved now, or a page read and left without another change would not be kept.
  await persistQueryClientSave(persistOptions).catch(() => undefined);
}
