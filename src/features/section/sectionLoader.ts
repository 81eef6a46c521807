import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router-dom';
import { sectionPageQuery, warmSidebars } from '../../content-api';
import { loadEdition, notFound, warmPrimary } from '../../components';
import { isPastLastPage, missingPageMeansNotFound, sectionPageNumber } from './sectionAddress';

export function sectionLoader(client: QueryClient) {
  return async ({ request, params }: LoaderFunctionArgs) => {
    const lang = params.lang ?? '';
    const section = params.section ?? '';
    const edition = await loadEdition(client, lang);
    const page = sectionPageNumber(edition, section, new URL(request.url).searchParams.get('page'));
    if (page === null) return notFound();

    await warmPrimary(
      client,
      { kind: 'section', lang, section, page },
      { missingMeansNotFound: missingPageMeansNotFound(page, edition !== undefined) },
    );
    const listing = client.getQueryData(sectionPageQuery(lang, section, page).queryKey);
    if (listing && isPastLastPage(page, listing.pageCount)) return notFound();

    warmSidebars(client, lang, section);
    return null;
  };
}
