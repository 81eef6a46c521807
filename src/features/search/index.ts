import type { LazyRouteFunction, RouteObject } from 'react-router-dom';

export { MastheadSearch } from './SearchForm';

/** The search page loads in its own chunk, only when someone searches; MiniSearch comes later still, with the index. */
export const lazySearchPage: LazyRouteFunction<RouteObject> = async () => {
  const { SearchPage } = await import('./SearchPage');
  return { Component: SearchPage };
};
