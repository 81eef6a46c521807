import type { QueryClient } from '@tanstack/react-query';
import { replace, type LoaderFunctionArgs } from 'react-router-dom';
import { articleQuery, isNotFound, parseAppPath, warmSidebars } from '../../content-api';
import { notFound } from '../../components';
import { canonicalRedirect } from './canonical';

export function articleLoader(client: QueryClient) {
  return async ({ request }: LoaderFunctionArgs) => {
    const location = parseAppPath(request.url);
    if (location?.kind !== 'article') return notFound();
    const article = await client.query(articleQuery(location.lang, location.id)).catch((error: unknown) => {
      if (isNotFound(error)) notFound();
      return null;
    });
    if (article) {
      const target = canonicalRedirect(new URL(request.url).pathname, article.path);
      // Replaced, not pushed: Back should not lead to the address that redirected.
      if (target !== null) return replace(target);
    }
    warmSidebars(client, location.lang, article?.section ?? null);
    return null;
  };
}
