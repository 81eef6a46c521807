/**
 * The content API's base from VITE_API_BASE (a path or an absolute URL),
 * without a trailing slash. Pure, so the build reads it in Node too: the
 * service worker's config and the start-up loader (tools/pwa,
 * tools/startup-preload) have no import.meta.env.
 */
export function apiBaseFrom(configured: string | undefined): string {
  return (configured ?? '/api/v1').replace(/\/+$/, '');
}
