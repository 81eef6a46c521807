import type { QueryClient } from '@tanstack/react-query';
import { replace, type LoaderFunctionArgs } from 'react-router-dom';
import { paths, siteQuery } from '../content-api';
import { notFound } from '../components';

/** `/:lang`: an edition site.json does not list does not exist. If site.json fails, the pages say so themselves. */
export function editionLoader(client: QueryClient) {
  return async ({ params }: LoaderFunctionArgs) => {
    const site = await client.query(siteQuery()).catch(() => undefined);
    if (site && !site.editions.some((e) => e.lang === params.lang)) notFound();
    return null;
  };
}

/**
 * `/`: the default edition's front page; if site.json fails, the start page shows why with a retry. The front
 * page takes the place of `/` in the history: pushed, Back would land on `/` and be sent forward again.
 */
export function startLoader(client: QueryClient) {
  return async () => {
    const site = await client.query(siteQuery()).catch(() => undefined);
    return site ? replace(paths.home(site.defaultEdition)) : null;
  };
}
