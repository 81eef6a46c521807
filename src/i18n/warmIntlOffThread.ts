/**
 * Has a worker thread make the locale's start-up formatters, so the main
 * thread's first formatter does not pay for ICU's locale tables
 * (./intlWarmup.worker.ts says why that works).
 *
 * Resolves `true` once the worker reports, `false` if the browser has no
 * workers, the worker fails, or it has not reported within `timeoutMs`: then
 * the main thread makes its formatters as before, only slower. Never rejects.
 */
export const INTL_WARM_MARK = 'dateline:intl-warm';

type WorkerFactory = () => Worker;

// Vite finds this exact `new Worker(new URL(...))` form and bundles the worker file as a chunk of its own.
const startWorker: WorkerFactory = () => new Worker(new URL('./intlWarmup.worker.ts', import.meta.url), { name: 'intl-warmup' });

export function warmIntlOffThread(locale: string, timeoutMs = 3000, createWorker: WorkerFactory = startWorker): Promise<boolean> {
  if (typeof Worker !== 'function') return Promise.resolve(false);
  return new Promise((resolve) => {
    let worker: Worker;
    const done = (warmed: boolean) => {
      clearTimeout(timer);
      worker.onmessage = worker.onerror = null;
      if (warmed) performance.mark(INTL_WARM_MARK, { detail: locale });
      else worker.terminate();
      resolve(warmed);
    };
    const timer = setTimeout(() => done(false), timeoutMs);
    try {
      worker = createWorker();
    } catch {
      // A Content-Security-Policy without worker-src 'self', or a browser that refuses: warm on this thread.
      clearTimeout(timer);
      resolve(false);
      return;
    }
    worker.onmessage = () => done(true);
    worker.onerror = () => done(false);
    worker.postMessage(locale);
  });
}
