/**
 * Writes one HTML page per canonical address into dist/, rendered by the
 * app's own components from the built API, plus the not-found pages
 * (dist/404.html, dist/<lang>/404.html) and the route table (dist/routes.json,
 * dist/routes-map.nginx.conf).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Query } from '@tanstack/react-query';
import type { ApiSnapshot } from './apiSnapshot';
import { apiFileFetch } from './apiFetch';
import { composeDocument } from './document';
import { nginxRoutesFile, renderNginxRouteMaps } from '../server/nginxRoutes';
import { routesFile } from '../server/routes';
import { pageJobs, routeTable, type PageJob } from './pages';
import type { ServerEntry } from './ssrBuild';

/**
 * searchEngineQuery's key (src/content-api/queries.ts, which reads Vite's
 * import.meta.env and so cannot load here; prerender.test.ts keeps the two in step).
 */
export const SEARCH_INDEX_KEY = 'search-index';

/**
 * The search index is megabytes and the search page loads it itself; the
 * page's markup before a query does not depend on it, so it stays out.
 */
export const belongsInPage = (query: Pick<Query, 'state' | 'queryKey'>) =>
  query.state.status === 'success' && query.queryKey[0] !== SEARCH_INDEX_KEY;

async function renderJob(entry: ServerEntry, job: PageJob, template: string): Promise<string> {
  const client = entry.createQueryClient();
  const result = await entry.renderRoute(job.url, client);
  if (result.kind === 'redirect') throw new Error(`prerender: ${job.url} redirects to ${result.location}`);
  // The not-found page renders from the catch-all route, which answers 200 in the app; its file gets the 404.
  if (job.status === 200 && result.status !== 200) throw new Error(`prerender: ${job.url} rendered with status ${result.status}, expected ${job.status}`);
  const state = { path: job.status === 200 ? job.url : null, queries: entry.dehydrate(client, { shouldDehydrateQuery: belongsInPage }) };
  client.clear();
  return composeDocument(template, { head: job.head, appHtml: result.html, state });
}

export async function prerender(entry: ServerEntry, snapshot: ApiSnapshot, distDir: string): Promise<number> {
  const template = await readFile(path.join(distDir, 'index.html'), 'utf8');
  const realFetch = globalThis.fetch;
  globalThis.fetch = apiFileFetch(snapshot.apiDir, entry.apiBase);
  try {
    const jobs = pageJobs(snapshot);
    for (const job of jobs) {
      const target = path.join(distDir, job.file);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, await renderJob(entry, job, template));
    }
    // The same table twice: for `npm start`, and as maps deploy/nginx.conf includes.
    const table = routeTable(snapshot);
    await writeFile(path.join(distDir, routesFile), `${JSON.stringify(table)}\n`);
    await writeFile(path.join(distDir, nginxRoutesFile), renderNginxRouteMaps(table));
    return jobs.length;
  } finally {
    globalThis.fetch = realFetch;
  }
}
