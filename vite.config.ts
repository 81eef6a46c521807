import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { pwaPlugins } from './tools/pwa/pwaPlugins';
import { contentPlugin } from './tools/content/vitePlugin';

export default defineConfig({
  plugins: [react(), contentPlugin(), ...pwaPlugins()],
  preview: { port: Number(process.env.PORT ?? 4173), strictPort: true },
  server: { port: 5173 },
});
