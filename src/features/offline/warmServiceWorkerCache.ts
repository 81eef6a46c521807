import { apiBase } from '../../content-api';
import { apiRuntimePattern } from './cacheNames';

/**
 * A service worker does not see the requests of the page that installed it,
 * so the first visit's API files and images would never reach its caches.
 * Once it takes control (clientsClaim), the page asks for them again through
 * it; the HTTP cache usually answers, and the worker keeps a copy.
 */
export function urlsToWarm(entries: readonly Pick<PerformanceResourceTiming, 'name' | 'initiatorType'>[], origin: string): string[] {
  const api = apiRuntimePattern(new URL(apiBase, origin).href);
  const urls = entries
    .filter((e) => api.test(e.name) || e.initiatorType === 'img')
    .map((e) => e.name)
    .filter((url) => url.startsWith('http'));
  return [...new Set(urls)];
}

export function warmCacheOnFirstControl(): void {
  const container = typeof navigator === 'undefined' ? undefined : navigator.serviceWorker;
  // Already controlled: the worker has been seeing every request of this page.
  if (!container || container.controller) return;
  container.addEventListener(
    'controllerchange',
    () => {
      const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      for (const url of urlsToWarm(entries, location.origin)) {
        const sameOrigin = new URL(url).origin === location.origin;
        // Best effort: a failure here only means that file is not offline yet.
        fetch(url, { mode: sameOrigin ? 'same-origin' : 'no-cors' }).catch(() => undefined);
      }
    },
    { once: true },
  );
}
