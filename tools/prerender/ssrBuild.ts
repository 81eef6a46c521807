import react from '@vitejs/plugin-react';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { envPrefix } from './viteEnv';

export const SSR_ENTRY = 'src/entry-server.tsx';
export const SSR_OUT_DIR = '.cache/ssr';

/** What src/entry-server.tsx exports, as the prerenderer uses it. */
export type ServerEntry = typeof import('../../src/entry-server');

/**
 * Builds the server entry with its own minimal config rather than
 * vite.config.ts: the content and PWA plugins there write into public/ and
 * dist/, which a second, server-side build must not touch.
 */
export async function buildServerEntry(root: string): Promise<ServerEntry> {
  const outDir = path.join(root, SSR_OUT_DIR);
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    envPrefix,
    plugins: [react()],
    build: {
      ssr: SSR_ENTRY,
      outDir,
      emptyOutDir: true,
      rollupOptions: { output: { entryFileNames: 'entry-server.mjs' } },
    },
  });
  return (await import(pathToFileURL(path.join(outDir, 'entry-server.mjs')).href)) as ServerEntry;
}
