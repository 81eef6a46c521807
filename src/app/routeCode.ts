import { matchRoutes, type RouteObject } from 'react-router-dom';

/**
 * Loads the code of the routes an address matches, without rendering them:
 * a link the reader points at then needs no code download when followed, as
 * its data needs no request (content-api/prefetch.ts). Only what a lazy route
 * imports is loaded; the rest of the app is loaded already.
 *
 * Offline it does nothing: a chunk that fails to load is taken for a stale
 * deploy and reloads the page (features/offline/chunkRecovery.ts), which a
 * pointer passing over a link must never cause.
 */
export function routeCodePrefetcher(routes: RouteObject[], online: () => boolean = () => navigator.onLine) {
  return (href: string): void => {
    if (!online()) return;
    for (const { route } of matchRoutes(routes, href) ?? []) {
      // The same function the router calls on navigation; the browser loads each module once.
      if (typeof route.lazy === 'function') route.lazy().catch(() => {});
    }
  };
}
