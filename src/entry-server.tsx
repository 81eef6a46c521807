/**
 * The server entry the prerenderer builds with Vite (tools/prerender): the
 * same routes and providers as src/main.tsx, rendered to a string with
 * React Router's static handler.
 */
import { dehydrate, QueryClientProvider, type Query, type QueryClient } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { createStaticHandler, createStaticRouter, StaticRouterProvider, type StaticHandler } from 'react-router-dom';
import { createQueryClient } from './app/queryClient';
import { createRoutes } from './app/router';
import { apiBase } from './content-api/apiBase';

export { createQueryClient, dehydrate, apiBase };

export type RenderResult =
  | { kind: 'page'; status: number; html: string }
  | { kind: 'redirect'; status: number; location: string };

/** Passes past this mean a query keeps appearing only while rendering: a bug, not a slow file. */
const MAX_PASSES = 3;

/** A query for what only the reader's device holds (the saved list): another render could not fill it in. */
const isDeviceOnly = (query: Query) => query.meta?.deviceOnly === true;

async function settle(client: QueryClient): Promise<void> {
  // Loaders start some queries without waiting (sidebars); the page must hold them all.
  while (client.isFetching() > 0) await new Promise((resolve) => setImmediate(resolve));
}

/** Renders pages one at a time, all with one client (see createPageRenderer). */
export interface PageRenderer {
  /** What every page renders with: the caller reads (dehydrates) it after a page, then clears it. */
  readonly client: QueryClient;
  render(url: string): Promise<RenderResult>;
}

/**
 * One per render worker. The route table and its static handler are built
 * once: they hold no request's state (React Router's own servers answer every
 * request with one handler), their loaders close over `client`, and building
 * them for every page was ~4 % of a page's CPU. Pages must render one at a
 * time, each starting from an empty client.
 */
export function createPageRenderer(client: QueryClient = createQueryClient()): PageRenderer {
  const handler = createStaticHandler(createRoutes(client));
  return { client, render: (url) => renderWith(handler, client, url) };
}

/**
 * Renders `url` (path and query) with `client`, whose fetches the caller
 * serves from the built API. Queries a component asks for that no loader
 * warmed are fetched and the page rendered again, so the markup and the
 * dehydrated state never show a placeholder the client would replace.
 */
export function renderRoute(url: string, client: QueryClient): Promise<RenderResult> {
  return createPageRenderer(client).render(url);
}

async function renderWith(handler: StaticHandler, client: QueryClient, url: string): Promise<RenderResult> {
  const context = await handler.query(new Request(new URL(url, 'http://prerender.invalid')));
  if (context instanceof Response) {
    return { kind: 'redirect', status: context.status, location: context.headers.get('Location') ?? '' };
  }
  await settle(client);
  const router = createStaticRouter(handler.dataRoutes, context);
  let html = '';
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    html = renderToString(
      <StrictMode>
        <QueryClientProvider client={client}>
          {/* No inline hydration script: the client's router reruns its loaders against the hydrated cache. */}
          <StaticRouterProvider router={router} context={context} hydrate={false} />
        </QueryClientProvider>
      </StrictMode>,
    );
    const pending = client.getQueryCache().findAll({ predicate: (q) => q.state.status === 'pending' && q.state.fetchStatus === 'idle' && !isDeviceOnly(q) });
    if (pending.length === 0) break;
    await Promise.all(pending.map((q) => q.fetch().catch(() => undefined)));
  }
  return { kind: 'page', status: context.statusCode, html };
}
