import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compile } from '../tools/content/compile';
import { apiFileFetch } from '../tools/prerender/apiFetch';
import { apiBase, createPageRenderer, createQueryClient, dehydrate, renderRoute } from './entry-server';

const SEED = '/en/news/2021/04/13/2484159/president-urges-expansion-of-iran-russia-military-ties';

let outDir = '';
const realFetch = globalThis.fetch;

beforeAll(async () => {
  outDir = await mkdtemp(path.join(tmpdir(), 'dateline-ssr-'));
  await compile({ contentDir: 'content', outDir, cacheDir: false, workers: 0 });
  globalThis.fetch = apiFileFetch(outDir, apiBase);
}, 120_000);

afterAll(async () => {
  globalThis.fetch = realFetch;
  await rm(outDir, { recursive: true, force: true });
});

describe('renderRoute', () => {
  it('renders an article with its sidebars and dehydrates every query it used', async () => {
    const client = createQueryClient();
    const result = await renderRoute(SEED, client);
    expect(result).toMatchObject({ kind: 'page', status: 200 });
    const html = result.kind === 'page' ? result.html : '';
    expect(html).toContain('President Urges Expansion of Iran-Russia Military Ties</h1>');
    expect(html).toContain('Most Visited in Politics');
    expect(html).not.toContain('aria-busy="true"');
    const keys = dehydrate(client).queries.map((q) => q.queryKey[0]);
    expect(keys).toEqual(expect.arrayContaining(['site', 'article', 'story-list']));
  });

  it('neither fetches nor embeds what only the device knows (the saved list), so one pass renders the article', async () => {
    const client = createQueryClient();
    await renderRoute(SEED, client);
    const saved = client.getQueryCache().find({ queryKey: ['saved'] });
    expect(saved?.state).toMatchObject({ status: 'pending', fetchStatus: 'idle', dataUpdateCount: 0 });
    expect(dehydrate(client).queries.map((q) => q.queryKey[0])).not.toContain('saved');
  });

  it('renders a later section page for its query string', async () => {
    const result = await renderRoute('/en/section/politics?page=2', createQueryClient());
    expect(result.kind === 'page' && result.html).toMatch(/Politics/);
  });

  it('reports a redirect for a non-canonical article address', async () => {
    const result = await renderRoute('/en/news/1999/01/01/2484159/old-slug', createQueryClient());
    expect(result).toEqual({ kind: 'redirect', status: 302, location: SEED });
  });

  it('gives an unknown article the not-found status', async () => {
    const result = await renderRoute('/en/news/2021/04/13/999999999/nothing', createQueryClient());
    expect(result).toMatchObject({ kind: 'page', status: 404 });
  });
});

describe('createPageRenderer', () => {
  const queryKeys = (client: ReturnType<typeof createQueryClient>) => dehydrate(client).queries.map((q) => q.queryHash);

  it('renders page after page with one handler and one client, each as a fresh render would', async () => {
    const fresh = createQueryClient();
    const alone = await renderRoute(SEED, fresh);
    const renderer = createPageRenderer();
    for (const url of [SEED, '/en/section/politics?page=2', '/en/news/1999/01/01/2484159/old-slug']) {
      renderer.client.clear();
      await renderer.render(url);
    }
    renderer.client.clear();
    expect(await renderer.render(SEED)).toEqual(alone);
    expect(queryKeys(renderer.client)).toEqual(queryKeys(fresh));
  });
});
