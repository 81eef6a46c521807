/**
 * Names shared by the service worker's build config and the page: the page
 * writes saved articles' images into the same cache the worker reads.
 */
export const cacheNames = {
  api: 'dateline-api',
  images: 'dateline-images',
} as const;

/** The service worker's file at the site's root (vite-plugin-pwa writes it; the page registers it). */
export const SERVICE_WORKER_FILE = 'sw.js';

/** Content API JSON under the API base (a path or an absolute URL), as Workbox matches it against the full URL. */
export function apiRuntimePattern(apiBase: string): RegExp {
  const base = apiBase.replace(/\/+$/, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // A path-only base matches anywhere after the origin; an absolute one must match from the start.
  const prefix = /^https?:/.test(apiBase) ? `^${base}` : `^https?://[^/]+${base}`;
  return new RegExp(`${prefix}/.+\\.json(?:\\?.*)?$`);
}
