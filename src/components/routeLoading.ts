import type { QueryClient } from '@tanstack/react-query';
import { data } from 'react-router-dom';
import { isNotFound, loadPrimary, type AppLocation } from '../content-api';

/** What a loader throws to show the not-found page (status 404) in place of the route. */
export function notFound(): never {
  throw data(null, { status: 404, statusText: 'Not Found' });
}

/**
 * Warms a page's main data before the route renders. A missing file means the
 * page does not exist; any other failure is left for the page region to show
 * with its own retry, so the router never swallows the whole page.
 */
export async function loadPrimaryOrNotFound(client: QueryClient, location: AppLocation): Promise<void> {
  await loadPrimary(client, location).catch((error: unknown) => {
    if (isNotFound(error)) notFound();
  });
}
