/**
 * Starting the compiler's worker threads (they take their work by message).
 * Bundled (bundle.mjs), each worker is a plain JavaScript file beside this
 * code; run as TypeScript (tests, the vite plugin) it must register tsx
 * first, which costs ~0.5 s of CPU per worker.
 */
import { Worker } from 'node:worker_threads';

export const bundled = !import.meta.url.endsWith('.ts');

export function startWorker(name: 'parseWorker' | 'scanWorker'): Worker {
  if (bundled) return new Worker(new URL(`./${name}.mjs`, import.meta.url));
  return new Worker(new URL('./workerBoot.mjs', import.meta.url), { workerData: { entry: new URL(`./${name}.ts`, import.meta.url).href } });
}
