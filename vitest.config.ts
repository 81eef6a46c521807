import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // The PWA plugin only runs in the browser build; tests get a stub of its virtual module.
    alias: { 'virtual:pwa-register/react': fileURLToPath(new URL('src/features/offline/pwaRegisterStub.ts', import.meta.url)) },
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'tools/**/*.test.ts'],
    // Component tests opt into jsdom with a `@vitest-environment jsdom` comment.
    environment: 'node',
    testTimeout: 20_000,
  },
});
