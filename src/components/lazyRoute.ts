import type { ComponentType } from 'react';
import type { LazyRouteFunction, RouteObject } from 'react-router-dom';

/**
 * A route whose page component loads in its own chunk, only when the route
 * matches, so a cold load fetches the code of one page type, not all of them.
 * Loaders stay eager: they are small and let links prefetch data before the
 * page's code has arrived.
 */
export function lazyPage<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K): LazyRouteFunction<RouteObject> {
  return async () => ({ Component: (await load())[name] });
}
