import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { pwaPlugins } from './tools/pwa/pwaPlugins';

export default defineConfig({
  plugins: [react(), ...pwaPlugins()],
  preview: { port: Number(process.env.PORT ?? 4173), strictPort: true },
  server: { port: 5173 },
});
