import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router-dom';
import { warmSidebars } from '../../content-api';
import { loadPrimaryOrNotFound } from '../../components';

export function homeLoader(client: QueryClient) {
  return async ({ params }: LoaderFunctionArgs) => {
    const lang = params.lang ?? '';
    await loadPrimaryOrNotFound(client, { kind: 'home', lang });
    warmSidebars(client, lang, null);
    return null;
  };
}
