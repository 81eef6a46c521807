import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { articleQuery, type Article } from '../../content-api';
import { articleImageUrls, cacheArticleImages, forgetArticleImages } from './articleImages';
import { markSaved } from './savedMarker';
import { byNewest, idbSavedStore, type SavedArticle, type SavedStore } from './savedStore';
import { storageProblem, type StorageProblem } from './storageError';

let defaultStore: SavedStore | undefined;

/** Opened on first use, so merely importing this module touches no storage. */
export function savedStore(): SavedStore {
  defaultStore ??= idbSavedStore();
  return defaultStore;
}

export const savedListQuery = (store: SavedStore) =>
  queryOptions({
    // Kept out of the persisted query cache (persistQueries.ts): the store is its own copy.
    queryKey: ['saved'],
    queryFn: () => store.list(),
    // What this device saved: a prerendered page cannot know it, so the prerenderer neither fetches nor embeds it
    // (src/entry-server.tsx), and the page renders "not saved" until the app has read the device.
    meta: { deviceOnly: true },
    // Local storage answers offline too; a paused query would never settle.
    networkMode: 'always',
    staleTime: Infinity,
    gcTime: Infinity,
  });

export type SaveOutcome = { status: 'saved' } | { status: 'saved-without-images' } | { status: 'failed'; problem: StorageProblem };

export interface SaveDeps {
  store: SavedStore;
  cacheImages: (urls: readonly string[]) => Promise<void>;
  now: () => number;
}

/** Image sources may be relative to the page; tests run without one. */
const pageBase = () => globalThis.location?.href ?? 'http://localhost/';

const browserDeps = (): SaveDeps => ({ store: savedStore(), cacheImages: cacheArticleImages, now: Date.now });

/** Keeps the full article, then its images; a full disk or refused storage is an outcome, never a throw. */
export async function saveArticle(article: Article, deps: SaveDeps = browserDeps()): Promise<SaveOutcome> {
  const entry: SavedArticle = { article, savedAt: deps.now() };
  try {
    await deps.store.put(entry);
  } catch (error) {
    return { status: 'failed', problem: storageProblem(error) };
  }
  try {
    await deps.cacheImages(articleImageUrls(article, pageBase()));
  } catch (error) {
    // The text is what matters offline; missing pictures are reported only when the disk is full.
    if (storageProblem(error) === 'quota') return { status: 'saved-without-images' };
  }
  return { status: 'saved' };
}

export async function unsaveArticle(article: Article, store: SavedStore = savedStore()): Promise<SaveOutcome> {
  try {
    await store.remove(article.lang, article.id);
  } catch (error) {
    return { status: 'failed', problem: storageProblem(error) };
  }
  await forgetArticleImages(articleImageUrls(article, pageBase())).catch(() => undefined);
  return { status: 'saved' };
}

/** Brings the saved list in the query cache up to date after a save or a removal. */
export async function refreshSavedList(client: QueryClient, store: SavedStore = savedStore()): Promise<void> {
  const entries = byNewest(await store.list().catch(() => []));
  client.setQueryData(savedListQuery(store).queryKey, entries);
  markSaved(entries.length);
}

/**
 * At startup, saved articles the query cache does not hold (evicted, or the
 * persisted cache was dropped after an update) are put back into it, dated
 * when they were saved: the article page then reads them offline like any
 * cached page, and refreshes them when online.
 */
export async function seedSavedArticles(client: QueryClient, store: SavedStore = savedStore()): Promise<void> {
  const entries = await store.list().catch(() => []);
  client.setQueryData(savedListQuery(store).queryKey, entries);
  markSaved(entries.length);
  for (const { article, savedAt } of entries) {
    const key = articleQuery(article.lang, article.id).queryKey;
    if (client.getQueryData(key) === undefined) client.setQueryData(key, article, { updatedAt: savedAt });
  }
}
