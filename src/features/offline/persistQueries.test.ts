import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import type { KeyValueStorage } from './idbStorage';
import { restoreAndPersistQueries } from './persistQueries';

function mapStorage(): KeyValueStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: async (key) => map.get(key) ?? null,
    setItem: async (key, value) => void map.set(key, value),
    removeItem: async (key) => void map.delete(key),
  };
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function visit(storage: KeyValueStorage, buster: string): Promise<QueryClient> {
  const client = new QueryClient({ defaultOptions: { queries: { gcTime: Infinity } } });
  await restoreAndPersistQueries(client, { storage, buster });
  return client;
}

describe('restoreAndPersistQueries', () => {
  it('gives the next visit of the same build the data this one read', async () => {
    const storage = mapStorage();
    const first = await visit(storage, 'build-1');
    first.setQueryData(['article', 'en', '1'], { headline: 'Saved' });
    await wait(700);
    const second = await visit(storage, 'build-1');
    expect(second.getQueryData(['article', 'en', '1'])).toEqual({ headline: 'Saved' });
  });

  it('keeps what the cache held before persistence started (a prerendered page), with no later change', async () => {
    const storage = mapStorage();
    const first = new QueryClient({ defaultOptions: { queries: { gcTime: Infinity } } });
    first.setQueryData(['article', 'en', '2'], { headline: 'Prerendered' });
    await restoreAndPersistQueries(first, { storage, buster: 'build-1' });
    const second = await visit(storage, 'build-1');
    expect(second.getQueryData(['article', 'en', '2'])).toEqual({ headline: 'Prerendered' });
  });

  it('drops a cache another build wrote', async () => {
    const storage = mapStorage();
    const first = await visit(storage, 'build-1');
    first.setQueryData(['article', 'en', '1'], { headline: 'Old shape' });
    await wait(700);
    const second = await visit(storage, 'build-2');
    expect(second.getQueryData(['article', 'en', '1'])).toBeUndefined();
  });

  it('starts empty, quietly, when stored data is unreadable or storage hangs', async () => {
    const broken = mapStorage();
    broken.map.set('dateline-queries', '{not json');
    const client = await visit(broken, 'b');
    expect(client.getQueryCache().getAll()).toEqual([]);

    const hanging: KeyValueStorage = { ...mapStorage(), getItem: () => new Promise(() => {}) };
    const started = Date.now();
    await restoreAndPersistQueries(new QueryClient(), { storage: hanging, timeoutMs: 50 });
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('keeps saved-article queries out of the persisted cache', async () => {
    const storage = mapStorage();
    const client = await visit(storage, 'b');
    client.setQueryData(['saved'], [1]);
    client.setQueryData(['home', 'en'], { lead: [] });
    await wait(700);
    const stored = storage.map.get('dateline-queries') ?? '';
    expect(stored).toContain('"home"');
    expect(stored).not.toContain('"saved"');
  });
});
