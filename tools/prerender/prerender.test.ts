import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { searchEngineQuery, siteQuery } from '../../src/content-api/queries';
import { belongsInPage } from './pageWriter';

describe('belongsInPage', () => {
  it('keeps the search index out of the page and the page\'s own data in', () => {
    const client = new QueryClient();
    client.setQueryData(searchEngineQuery('en').queryKey, {} as never);
    client.setQueryData(siteQuery().queryKey, {} as never);
    const kept = client.getQueryCache().getAll().filter(belongsInPage).map((q) => q.queryKey[0]);
    expect(kept).toEqual([siteQuery().queryKey[0]]);
  });
});
