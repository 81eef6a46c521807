import { hydrate, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router-dom';
import { createQueryClient } from './app/queryClient';
import { createRouter } from './app/router';
import { startOfflineSupport } from './features/offline';
import { seedSavedArticles } from './features/saved';
import { AppReady } from './ssr/AppReady';
import { freshQueries, readPrerenderState, rendersAddress } from './ssr/prerenderState';
import './styles/index.css';

const queryClient = createQueryClient();
// What earlier visits kept on this device is back before the router starts, so its first loaders find it, offline too.
await Promise.all([startOfflineSupport(queryClient), seedSavedArticles(queryClient)]);
// A prerendered page carries the data it shows; with it in the cache first, the router's loaders fetch nothing again.
const prerendered = readPrerenderState(document);
if (prerendered) hydrate(queryClient, freshQueries(prerendered, Date.now()));
const router = createRouter(queryClient);
const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

function mount(root: HTMLElement, markupMatches = false) {
  const app = (
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
        <AppReady />
      </QueryClientProvider>
    </StrictMode>
  );
  // Markup rendered for another address (the shared 404 page, page 1 served for ?page=9) is replaced, not hydrated.
  if (markupMatches) hydrateRoot(root, app);
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
  void whenRouterReady().then(() => mount(container, rendersAddress(prerendered, window.location)));
} else mount(container);
