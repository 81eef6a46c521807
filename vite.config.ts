import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { pwaPlugins } from './tools/pwa/pwaPlugins';
import { contentPlugin } from './tools/content/vitePlugin';
import { cspPlugin } from './tools/csp/vitePlugin';
import { envPrefix } from './tools/prerender/viteEnv';

export default defineConfig({
  plugins: [react(), contentPlugin(), cspPlugin(), ...pwaPlugins()],
  envPrefix,
  preview: { port: Number(process.env.PORT ?? 4173), strictPort: true },
  server: { port: 5173 },
});
