import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { pwaPlugins } from './tools/pwa/pwaPlugins';
import { contentPlugin } from './tools/content/vitePlugin';
import { publicDirCopyPlugin } from './tools/content/publicDirCopy';
import { cspPlugin } from './tools/csp/vitePlugin';
import { inlineCssPlugin } from './tools/inline-css/inlineCss';
import { startupPreloadPlugin } from './tools/startup-preload/startupPreload';
import { envPrefix } from './tools/prerender/viteEnv';
import { reactEsmPlugin } from './tools/react-esm/reactEsm';

export default defineConfig({
  // DATELINE_CONTENT_DIR builds another corpus (the full-build benchmark's generated ones) instead of content/.
  // The inline CSS plugin must run before the CSP plugin, which hashes the <style> it writes.
  plugins: [reactEsmPlugin(), react(), contentPlugin({ contentDir: process.env.DATELINE_CONTENT_DIR }), publicDirCopyPlugin(), inlineCssPlugin(), startupPreloadPlugin(), cspPlugin(), ...pwaPlugins()],
  // One stylesheet for every page, inlined into each (tools/inline-css): no route waits for CSS of its own.
  build: {
    cssCodeSplit: false,
    rolldownOptions: {
      // V8's explicit compile hint (Chrome 136+): every function of a chunk is compiled on a background thread
      // as the file streams in, not on the main thread at its first call. A chunk loads only for a page that
      // runs it, and start-up's long tasks were mostly first-call compiles (decision 0624). After minification,
      // which would drop the comment; it must be the file's first line.
      output: { postBanner: '//# allFunctionsCalledOnLoad' },
    },
  },
  envPrefix,
  preview: { port: Number(process.env.PORT ?? 4173), strictPort: true },
  server: { port: 5173 },
});
