/**
 * Optional list of app routes the prerenderer knows (`dist/routes.json`).
 * Without it every app-looking path gets the SPA shell with 200; with it,
 * only listed paths do and the rest get `404.html` with a real 404, so an
 * unknown article is not a soft 404 for crawlers.
 *
 * Format: `{ "routes": ["/en", "/:lang/section/:slug", ...] }`. An entry is
 * an exact path or a pattern in React Router's syntax: `:name` matches one
 * segment, `:name?` an optional one, a final `*` any rest.
 */

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type RouteMatcher = (pathname: string) => boolean;

export const routesFile = 'routes.json';

function segments(path: string): string[] {
  return path.split('/').filter(Boolean);
}

export function matchesPattern(pattern: string, pathname: string): boolean {
  const want = segments(pattern);
  const got = segments(pathname);
  let i = 0;
  for (const part of want) {
    if (part === '*') return true;
    const segment = got[i];
    if (part.startsWith(':')) {
      if (segment === undefined) {
        if (part.endsWith('?')) continue;
        return false;
      }
    } else if (segment !== part) {
      return false;
    }
    i += 1;
  }
  return i === got.length;
}

export function createRouteMatcher(routes: readonly string[]): RouteMatcher {
  const exact = new Set(routes.filter((r) => !/[:*]/.test(r)).map((r) => `/${segments(r).join('/')}`));
  const patterns = routes.filter((r) => /[:*]/.test(r));
  return (pathname) =>
    exact.has(`/${segments(pathname).join('/')}`) || patterns.some((p) => matchesPattern(p, pathname));
}

/** The matcher for a built site, or null when it has no route list. */
export function loadRouteMatcher(root: string): RouteMatcher | null {
  const file = join(root, routesFile);
  if (!existsSync(file)) return null;
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const routes = (parsed as { routes?: unknown } | null)?.routes;
  if (!Array.isArray(routes) || !routes.every((r): r is string => typeof r === 'string')) {
    throw new Error(`${file}: expected {"routes": string[]}`);
  }
  return createRouteMatcher(routes);
}
