import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router-dom';
import { sectionPageQuery, siteQuery, warmSidebars } from '../../content-api';
import { loadPrimaryOrNotFound, notFound } from '../../components';
import { isPastLastPage, sectionPageNumber } from './sectionAddress';

export function sectionLoader(client: QueryClient) {
  return async ({ request, params }: LoaderFunctionArgs) => {
    const lang = params.lang ?? '';
    const section = params.section ?? '';
    const site = await client.query(siteQuery()).catch(() => undefined);
    const edition = site?.editions.find((e) => e.lang === lang);
    const page = sectionPageNumber(edition, section, new URL(request.url).searchParams.get('page'));
    if (page === null) return notFound();

    await loadPrimaryOrNotFound(client, { kind: 'section', lang, section, page });
    const listing = client.getQueryData(sectionPageQuery(lang, section, page).queryKey);
    if (listing && isPastLastPage(page, listing.pageCount)) return notFound();

    warmSidebars(client, lang, section);
    return null;
  };
}
