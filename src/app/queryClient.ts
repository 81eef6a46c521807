import { onlineManager, QueryClient } from '@tanstack/react-query';
import { ApiError } from '../content-api';
import { PERSIST_MAX_AGE_MS } from '../features/offline';

const MAX_RETRIES = 3;

/**
 * Only trouble that may pass is retried: network, timeouts, server errors; never a 404 or a malformed file.
 * Offline, a failure is final at once (the page says "Not available offline"); a retry would pause
 * until reconnection and hold the navigation. Reconnecting refetches failed queries anyway.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (!(error instanceof ApiError) || !error.retryable || !onlineManager.isOnline()) return false;
  // A request that hung once likely hangs again: one more try keeps the reader's wait near twenty seconds, not forty.
  return failureCount < (error.kind === 'timeout' ? 1 : MAX_RETRIES);
}

/** 0.5 s, 1 s, 2 s: quick enough that a region reports a lasting failure within a few seconds. */
export function retryDelay(attempt: number): number {
  return Math.min(500 * 2 ** attempt, 4000);
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: shouldRetry,
        retryDelay,
        // A region that already failed in its loader offers "Try again" rather than silently retrying on mount.
        retryOnMount: false,
        refetchOnWindowFocus: false,
        // Offline, still ask: the service worker may answer from its cache, where a paused query would wait forever.
        networkMode: 'offlineFirst',
        // Kept in memory as long as the persisted copy in IndexedDB is, so a restored page stays readable.
        gcTime: PERSIST_MAX_AGE_MS,
      },
    },
  });
}
