/**
 * The service worker and manifest (vite-plugin-pwa, Workbox generateSW) and
 * the build id the app uses to version its persisted cache. See
 * docs/decisions/0300-service-worker-generate-sw.md.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin, PluginOption } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { readSiteYaml, siteManifest } from './siteManifest';
import { apiBaseFrom } from '../../src/content-api/apiBaseFrom';
import { apiRuntimePattern, cacheNames, SERVICE_WORKER_FILE } from '../../src/features/offline/cacheNames';

const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * One id per build: a persisted query cache written by another build is
 * discarded rather than fed to code that may expect another schema.
 */
export function buildId(): string {
  const { version } = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { version: string };
  return process.env.BUILD_ID ?? `${version}+${Date.now().toString(36)}`;
}

function buildIdPlugin(id: string): Plugin {
  return {
    name: 'dateline:build-id',
    config: () => ({ define: { 'import.meta.env.VITE_BUILD_ID': JSON.stringify(id) } }),
  };
}

const DAY = 24 * 60 * 60;

export function pwaPlugins(): PluginOption[] {
  const site = readSiteYaml(`${root}content/site.yaml`);
  return [
    buildIdPlugin(buildId()),
    VitePWA({
      // A new version waits until the reader chooses to reload (UpdatePrompt).
      registerType: 'prompt',
      injectRegister: false,
      strategies: 'generateSW',
      filename: SERVICE_WORKER_FILE,
      manifestFilename: 'manifest.webmanifest',
      includeAssets: [],
      // The glob below already takes icons/*; listing them twice would precache them twice.
      includeManifestIcons: false,
      manifest: siteManifest(site),
      workbox: {
        // The shell only: the API and prerendered pages are cached as they are read.
        globPatterns: ['index.html', 'favicon.svg', 'assets/**/*.{js,css,woff2}', 'icons/*.{png,svg}'],
        globIgnores: ['api/**'],
        navigateFallback: '/index.html',
        // API files and anything with an extension must fail as themselves, not become the shell.
        navigateFallbackDenylist: [/^\/api\//, /\/[^/?]+\.[A-Za-z0-9]{1,8}$/],
        cleanupOutdatedCaches: true,
        // Only the very first install takes the open page at once; updates wait (skipWaiting is off).
        clientsClaim: true,
        runtimeCaching: [
          {
            urlPattern: apiRuntimePattern(apiBaseFrom(process.env.VITE_API_BASE)),
            handler: 'StaleWhileRevalidate',
            options: {
              cacheName: cacheNames.api,
              expiration: { maxEntries: 400, maxAgeSeconds: 14 * DAY, purgeOnQuotaError: true },
              cacheableResponse: { statuses: [200] },
            },
          },
          {
            // By extension too: the page warms this cache with fetch(), whose destination is ''.
            urlPattern: ({ request, url }) =>
              request.destination === 'image' || /\.(?:png|jpe?g|gif|webp|avif|svg)$/i.test(url.pathname),
            handler: 'CacheFirst',
            options: {
              cacheName: cacheNames.images,
              // No maxAgeSeconds: saved articles' images are put in this cache too, and an
              // age check would hide them offline; maxEntries bounds what reading adds.
              expiration: { maxEntries: 250, purgeOnQuotaError: true },
              cacheableResponse: { statuses: [0, 200] },
            },
          },
        ],
      },
    }),
  ];
}
