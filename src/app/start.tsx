import { hydrate, QueryClientProvider } from '@tanstack/react-query';
import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router-dom';
import { createQueryClient } from './queryClient';
import { createRouter } from './router';
import { routeCodePrefetcher } from './routeCode';
import { yieldToMain } from './yieldToMain';
import { RouteCodeContext } from '../components';
import { restoreAndPersistQueries, startOfflineSupport } from '../features/offline';
import { seedSavedArticles } from '../features/saved';
import { AppReady } from '../ssr/AppReady';
import { freshQueries, readPrerenderState, rendersAddress } from '../ssr/prerenderState';

startOfflineSupport();
const queryClient = createQueryClient();
const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
const prerendered = readPrerenderState(document);
// Markup rendered for another address (the shared 404 page, page 1 served for ?page=9) is replaced, not hydrated.
const hydratable = container.childElementCount > 0 && rendersAddress(prerendered, window.location);
// A prerendered page carries the data it shows; with it in the cache first, the router's loaders fetch nothing again.
// Stamped as fetched now, it also wins over an older persisted copy whichever lands first.
if (prerendered) hydrate(queryClient, freshQueries(prerendered, Date.now()));

/** What earlier visits kept on this device: the persisted query cache and the saved articles. */
const restoreFromDevice = () => Promise.all([restoreAndPersistQueries(queryClient), seedSavedArticles(queryClient)]);
// Any page but a prerendered one (the offline shell above all) starts from what earlier visits kept, so its first
// loaders find it. A page prerendered for this address needs nothing from the device to hydrate: it reads
// IndexedDB once hydrated, so neither the read nor the updates it brings compete with hydration.
if (!hydratable) await restoreFromDevice();

// Each step below is tens of milliseconds on a phone: each gets a task of its own, the main thread given back between.
await yieldToMain();
const router = createRouter(queryClient);
const prefetchRouteCode = routeCodePrefetcher(router.routes);

let started = false;
function afterFirstCommit() {
  if (started || !hydratable) return;
  started = true;
  void restoreFromDevice();
}

function mount(root: HTMLElement, markupMatches: boolean) {
  const app = (
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <RouteCodeContext value={prefetchRouteCode}>
          <RouterProvider router={router} />
        </RouteCodeContext>
        <AppReady onReady={afterFirstCommit} />
      </QueryClientProvider>
    </StrictMode>
  );
  // As a transition, hydration yields to the browser every few milliseconds instead of one long task, so
  // a tap or scroll during it is answered at once (and Lighthouse's Total Blocking Time stays low).
  if (markupMatches) startTransition(() => void hydrateRoot(root, app));
  else createRoot(root).render(app);
}

/** Resolves once the first page's loaders have settled. */
function whenRouterReady(): Promise<void> {
  return new Promise((resolve) => {
    if (router.state.initialized) return resolve();
    const unsubscribe = router.subscribe((state) => {
      if (!state.initialized) return;
      unsubscribe();
      resolve();
    });
  });
}

// A prerendered page stays on screen until the app can show the same page with its data, so it never flashes empty.
if (container.childElementCount > 0) {
  await whenRouterReady();
  await yieldToMain();
  mount(container, hydratable);
} else mount(container, false);
