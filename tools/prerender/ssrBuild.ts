import react from '@vitejs/plugin-react';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { envPrefix } from './viteEnv';

export const RENDER_WORKER = 'tools/prerender/renderWorker.ts';
export const SSR_OUT_DIR = '.cache/ssr';

/**
 * Builds the render worker, and with it the app's server entry, with its own
 * minimal config rather than vite.config.ts: the content and PWA plugins
 * there write into public/ and dist/, which a second, server-side build must
 * not touch. No public dir: Vite would copy public/ (the whole content API,
 * 100,000 files at scale) into the output. Returns the worker's address.
 */
export async function buildRenderWorker(root: string): Promise<URL> {
  const outDir = path.join(root, SSR_OUT_DIR);
  await build({
    root,
    configFile: false,
    publicDir: false,
    logLevel: 'warn',
    envPrefix,
    plugins: [react()],
    build: {
      ssr: RENDER_WORKER,
      outDir,
      emptyOutDir: true,
      rollupOptions: { output: { entryFileNames: 'render-worker.mjs' } },
    },
  });
  return pathToFileURL(path.join(outDir, 'render-worker.mjs'));
}
