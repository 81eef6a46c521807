/**
 * Registers the service worker and notices when a new build's worker is
 * installed and waiting, with the browser's own API (no workbox-window in
 * the cold load). The worker Workbox generates (tools/pwa) skips waiting
 * when told `{ type: 'SKIP_WAITING' }`; the page reloads once the new worker
 * controls it, so new code never runs against an old page or the reverse.
 */
import { SERVICE_WORKER_FILE } from './cacheNames';

const HOUR_MS = 60 * 60 * 1000;

let waiting: ServiceWorker | null = null;
const listeners = new Set<() => void>();

function offer(worker: ServiceWorker): void {
  waiting = worker;
  for (const listener of listeners) listener();
}

export const serviceWorkerUpdate = {
  /** Whether a new version is installed and waiting for the reader. */
  get: (): boolean => waiting !== null,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  /** Hands over to the waiting worker, then reloads once it controls the page. */
  activate(container: ServiceWorkerContainer = navigator.serviceWorker, reload = () => window.location.reload()): void {
    if (!waiting) return;
    container.addEventListener('controllerchange', () => reload(), { once: true });
    waiting.postMessage({ type: 'SKIP_WAITING' });
  },
};

/** Only a worker that replaces one already in control waits; the very first takes over by itself (clientsClaim). */
function watch(registration: ServiceWorkerRegistration, container: ServiceWorkerContainer): void {
  if (registration.waiting && container.controller) offer(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const installing = registration.installing;
    installing?.addEventListener('statechange', () => {
      if (installing.state === 'installed' && container.controller) offer(installing);
    });
  });
}

let registered = false;

export function registerServiceWorker(url = `/${SERVICE_WORKER_FILE}`, container: ServiceWorkerContainer | undefined = navigator.serviceWorker): void {
  if (!container || registered) return;
  registered = true;
  container
    .register(url, { scope: '/' })
    .then((registration) => {
      watch(registration, container);
      // A reader may keep the tab open for days; browsers only check on navigation.
      setInterval(() => void registration.update().catch(() => undefined), HOUR_MS);
    })
    // No worker (private mode, a refused registration): the site works online as before.
    .catch(() => undefined);
}
