import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router-dom';
import { parsePage, tagPageQuery, tagSlug, warmSidebars } from '../../content-api';
import { notFound, warmPrimary } from '../../components';

/**
 * `/:lang/tag/:tag`: a tag exists when the compiler wrote its first page, so
 * a missing file is a real not-found. An address spelling the tag another way
 * ("Sergei Lavrov", "Sergei%20Lavrov") is sent to the canonical slug.
 */
export function tagLoader(client: QueryClient) {
  return async ({ request, params }: LoaderFunctionArgs) => {
    const lang = params.lang ?? '';
    const tag = params.tag ?? '';
    const page = parsePage(new URL(request.url).searchParams.get('page'));
    if (page === null || tag !== tagSlug(tag)) return notFound();
    await warmPrimary(client, { kind: 'tag', lang, tag, page }, { missingMeansNotFound: true });
    const listing = client.getQueryData(tagPageQuery(lang, tag, page).queryKey);
    if (listing && page > listing.pageCount) return notFound();
    warmSidebars(client, lang, null);
    return null;
  };
}
