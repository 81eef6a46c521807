/**
 * The site's public origin, for every absolute address the build writes
 * (canonical links, Open Graph, JSON-LD, sitemaps, feeds) and for the share
 * control. One setting, SITE_ORIGIN, read at build time: Vite inlines it in
 * the app bundles (envPrefix in vite.config.ts) and Node tools read it from
 * the environment. See docs/seo.md.
 */

export const DEFAULT_SITE_ORIGIN = 'http://localhost:4173';

/** A bare origin (scheme, host, port), or an error naming the bad value. */
export function parseSiteOrigin(raw: string | undefined): string {
  const value = raw?.trim() || DEFAULT_SITE_ORIGIN;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_ORIGIN must be an absolute http(s) origin such as https://news.example, not "${value}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`SITE_ORIGIN must use http or https, not "${value}"`);
  }
  // A path would silently break every address built from paths.*, which are root-relative.
  if (url.pathname !== '/' || url.search || url.hash) {
    throw new Error(`SITE_ORIGIN must be an origin without a path, not "${value}"`);
  }
  return url.origin;
}

function fromEnvironment(): string | undefined {
  const inlined = import.meta.env?.SITE_ORIGIN;
  if (inlined) return inlined;
  return typeof process === 'undefined' ? undefined : process.env.SITE_ORIGIN;
}

export const siteOrigin: string = parseSiteOrigin(fromEnvironment());

/** An absolute address on `origin` for a root-relative path; absolute inputs pass through. */
export function absoluteUrl(pathOrUrl: string, origin: string = siteOrigin): string {
  return new URL(pathOrUrl, `${origin}/`).href;
}
