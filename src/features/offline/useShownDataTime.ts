import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback, useSyncExternalStore } from 'react';

/**
 * When the newest data on screen was fetched: the latest dataUpdatedAt among
 * queries some component is showing. 0 when nothing is shown.
 */
export function newestShownDataTime(client: QueryClient): number {
  let newest = 0;
  for (const query of client.getQueryCache().getAll()) {
    if (query.getObserversCount() > 0 && query.state.data !== undefined) {
      newest = Math.max(newest, query.state.dataUpdatedAt);
    }
  }
  return newest;
}

export function useShownDataTime(): number {
  const client = useQueryClient();
  const subscribe = useCallback((onChange: () => void) => client.getQueryCache().subscribe(onChange), [client]);
  return useSyncExternalStore(subscribe, () => newestShownDataTime(client), () => 0);
}
