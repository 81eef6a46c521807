import { onlineManager } from '@tanstack/react-query';

/**
 * TanStack Query assumes it is online until an `offline` event arrives, so an
 * app started without a connection would believe it has one. Seed it from
 * navigator.onLine and follow the same events; on `online` the query client
 * refetches stale queries on its own (refetchOnReconnect), quietly.
 */
export function followBrowserOnlineState(target: Window = window): void {
  onlineManager.setEventListener((setOnline) => {
    const update = () => setOnline(target.navigator.onLine);
    update();
    target.addEventListener('online', update);
    target.addEventListener('offline', update);
    return () => {
      target.removeEventListener('online', update);
      target.removeEventListener('offline', update);
    };
  });
}
