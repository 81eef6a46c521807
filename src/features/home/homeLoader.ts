import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router-dom';
import { warmSidebars } from '../../content-api';
import { loadEdition, warmPrimary } from '../../components';

export function homeLoader(client: QueryClient) {
  return async ({ params }: LoaderFunctionArgs) => {
    const lang = params.lang ?? '';
    const edition = await loadEdition(client, lang);
    await warmPrimary(client, { kind: 'home', lang }, { missingMeansNotFound: edition === undefined });
    warmSidebars(client, lang, null);
    return null;
  };
}
