import type { QueryClient } from '@tanstack/react-query';
import { data } from 'react-router-dom';
import { isNotFound, loadPrimary, siteQuery, type AppLocation, type Edition } from '../content-api';

/** What a loader throws to show the not-found page (status 404) in place of the route. */
export function notFound(): never {
  throw data(null, { status: 404, statusText: 'Not Found' });
}

/**
 * Warms a page's main data before the route renders. When the address is
 * not known to exist, a missing file means the page does not exist; when it
 * is (site.json lists it), a missing file is a failure like any other. Those
 * are left for the page region to show with its own retry, so the router
 * never swallows the whole page.
 */
export async function warmPrimary(
  client: QueryClient,
  location: AppLocation,
  { missingMeansNotFound }: { missingMeansNotFound: boolean },
): Promise<void> {
  await loadPrimary(client, location).catch((error: unknown) => {
    if (missingMeansNotFound && isNotFound(error)) notFound();
  });
}

/** The edition an address names, from site.json; undefined if it has none or site.json cannot be loaded. */
export async function loadEdition(client: QueryClient, lang: string): Promise<Edition | undefined> {
  const site = await client.query(siteQuery()).catch(() => undefined);
  return site?.editions.find((e) => e.lang === lang);
}
