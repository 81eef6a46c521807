/**
 * Response policy as pure functions: what a file is (Content-Type), how long
 * a cache may keep it (Cache-Control) and the headers every response carries.
 * deploy/nginx.conf mirrors these rules; the nginx test compares the two.
 */

const UTF8 = '; charset=utf-8';

const contentTypes: Readonly<Record<string, string>> = {
  html: `text/html${UTF8}`,
  js: `text/javascript${UTF8}`,
  mjs: `text/javascript${UTF8}`,
  css: `text/css${UTF8}`,
  json: `application/json${UTF8}`,
  map: `application/json${UTF8}`,
  webmanifest: `application/manifest+json${UTF8}`,
  xml: `application/xml${UTF8}`,
  atom: `application/atom+xml${UTF8}`,
  rss: `application/rss+xml${UTF8}`,
  txt: `text/plain${UTF8}`,
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
  ico: 'image/x-icon',
  woff: 'font/woff',
  woff2: 'font/woff2',
  ttf: 'font/ttf',
  wasm: 'application/wasm',
  pdf: 'application/pdf',
  gz: 'application/gzip',
  br: 'application/octet-stream',
};

/** The last path segment's extension, lower-cased, or '' when it has none. */
export function extensionOf(path: string): string {
  const match = /\.([A-Za-z0-9]{1,12})$/.exec(path.slice(path.lastIndexOf('/') + 1));
  return match ? match[1]!.toLowerCase() : '';
}

/**
 * Whether a request path names a file rather than an app route. App routes
 * (slugs, ids, dates) never carry a dot-extension, so a missing one is a 404,
 * not the SPA shell: a stale asset must fail loudly, not parse HTML as JS.
 */
export function looksLikeFile(urlPath: string): boolean {
  return /\/[^/]*\.[A-Za-z0-9]{1,8}$/.test(urlPath);
}

export function contentTypeFor(filePath: string): string {
  return contentTypes[extensionOf(filePath)] ?? 'application/octet-stream';
}

/** Text formats worth compressing; images and fonts are compressed already. */
export function isCompressible(contentType: string): boolean {
  const type = contentType.split(';')[0]!.trim();
  return (
    type.startsWith('text/') ||
    type === 'image/svg+xml' ||
    type === 'application/json' ||
    type === 'application/manifest+json' ||
    type === 'application/xml' ||
    type.endsWith('+xml') ||
    type.endsWith('+json')
  );
}

export const cachePolicies = {
  /** Vite puts a content hash in every name under /assets/. */
  immutable: 'public, max-age=31536000, immutable',
  /** Content API: a minute fresh, then served stale while a fetch refreshes it. */
  api: 'public, max-age=60, stale-while-revalidate=600',
  /**
   * Everything else (HTML, service worker, manifest, icons, feeds) has a
   * stable name, so it must be revalidated each time; ETags make that cheap.
   */
  revalidate: 'no-cache',
} as const;

/**
 * Cache-Control for a response. `servedPath` is the site path of the file
 * actually sent (`/index.html` for the SPA fallback), as nginx's `$uri` is.
 */
export function cacheControlFor(servedPath: string, status: number): string {
  if (status >= 400) return cachePolicies.revalidate;
  if (servedPath.startsWith('/assets/')) return cachePolicies.immutable;
  if (servedPath.startsWith('/api/') && servedPath.endsWith('.json')) return cachePolicies.api;
  return cachePolicies.revalidate;
}

/** Sent with every response, errors included (nginx: `add_header ... always`). */
export const securityHeaders: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
  // Content-Security-Policy comes from the build's dist/csp.json (tools/server/csp.ts).
};
