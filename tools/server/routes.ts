/**
 * The app routes the prerenderer knows (`dist/routes.json`). Without the file
 * every app-looking path gets the SPA shell with 200; with it, only known
 * paths do and the rest get a not-found page with a real 404, so an unknown
 * article is not a soft 404 for crawlers. deploy/nginx.conf reads the same
 * table from `routes-map.nginx.conf` (tools/server/nginxRoutes.ts).
 *
 * Format (every key but `routes` optional):
 *
 *   {
 *     "routes": ["/", "/en", "/en/section/politics", "/en/saved", ...],
 *     "articles": {
 *       "pattern": "/:lang/news/:year/:month/:day/:id/:slug?",
 *       "ids": { "en": ["2484159", ...], "fa": [...] }
 *     },
 *     "notFound": { "fa": "/fa/404.html" },
 *     "paged": ["/:lang/section/:section", "/:lang/tag/:tag"]
 *   }
 *
 * - `routes`: exact paths, or patterns in React Router's syntax (`:name` one
 *   segment, `:name?` an optional one, a final `*` any rest). Exact paths are
 *   a set; patterns are tried in turn, so keep them few.
 * - `articles`: a path matching `pattern` is known when its `:id` is in the
 *   set of its `:lang` — one hash lookup however many articles, and any date
 *   or slug, since the app redirects those to the canonical address.
 * - `notFound`: the not-found page (site path) for unknown paths under
 *   `/<lang>/`; everything else gets `/404.html`.
 * - `paged`: patterns of the listings whose every later page the build
 *   wrote at `<path>/page/N/index.html`. `?page=N` on one of them with no
 *   such file is past the listing's end: a 404, not page 1 again.
 */

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type RouteMatcher = (pathname: string) => boolean;

export interface RouteTable {
  routes: string[];
  articles?: { pattern: string; ids: Record<string, string[]> };
  notFound?: Record<string, string>;
  paged?: string[];
}

export const routesFile = 'routes.json';
export const defaultNotFoundPage = '/404.html';

function segments(path: string): string[] {
  return path.split('/').filter(Boolean);
}

const isPattern = (route: string) => /[:*]/.test(route);

/** `pattern`'s named segments in `pathname`, or null when it does not match. */
export function matchPattern(pattern: string, pathname: string): Record<string, string> | null {
  const got = segments(pathname);
  const params: Record<string, string> = {};
  let i = 0;
  for (const part of segments(pattern)) {
    if (part === '*') return params;
    const segment = got[i];
    if (part.startsWith(':')) {
      if (segment === undefined) {
        if (part.endsWith('?')) continue;
        return null;
      }
      params[part.slice(1).replace(/\?$/, '')] = segment;
    } else if (segment !== part) {
      return null;
    }
    i += 1;
  }
  return i === got.length ? params : null;
}

export function matchesPattern(pattern: string, pathname: string): boolean {
  return matchPattern(pattern, pathname) !== null;
}

export function createRouteMatcher(table: RouteTable): RouteMatcher {
  const normal = (path: string) => `/${segments(path).join('/')}`;
  const exact = new Set(table.routes.filter((r) => !isPattern(r)).map(normal));
  const patterns = table.routes.filter(isPattern);
  const articles = table.articles;
  const ids = new Map(Object.entries(articles?.ids ?? {}).map(([lang, list]) => [lang, new Set(list)]));
  const knownArticle = (pathname: string) => {
    if (!articles) return false;
    const params = matchPattern(articles.pattern, pathname);
    return params !== null && ids.get(params.lang ?? '')?.has(params.id ?? '') === true;
  };
  return (pathname) => exact.has(normal(pathname)) || knownArticle(pathname) || patterns.some((p) => matchesPattern(p, pathname));
}

/** Whether `pathname` is a listing whose later pages are files (`paged`). */
export function createPagedMatcher(table: Pick<RouteTable, 'paged'>): RouteMatcher {
  const patterns = table.paged ?? [];
  return (pathname) => patterns.some((p) => matchesPattern(p, pathname));
}

/** The site path of the not-found page for an unknown `pathname`. */
export function notFoundPageFor(table: Pick<RouteTable, 'notFound'>, pathname: string): string {
  const lang = segments(pathname)[0];
  return (lang !== undefined && Object.hasOwn(table.notFound ?? {}, lang) ? table.notFound![lang] : undefined) ?? defaultNotFoundPage;
}

const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === 'string');
const isStringRecord = (value: unknown, ok: (v: unknown) => boolean) =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every(ok);

/** Checks the shape of a parsed routes.json; throws naming the file. */
export function parseRouteTable(parsed: unknown, file: string): RouteTable {
  const fail = (what: string) => new Error(`${file}: ${what} (format: tools/server/routes.ts)`);
  const table = parsed as Partial<RouteTable> | null;
  if (typeof table !== 'object' || table === null || !isStringArray(table.routes)) throw fail('expected {"routes": string[]}');
  const { articles, notFound, paged } = table;
  if (articles !== undefined && (typeof articles?.pattern !== 'string' || !isStringRecord(articles.ids, isStringArray))) {
    throw fail('expected "articles": {"pattern": string, "ids": {lang: string[]}}');
  }
  if (articles !== undefined && !/(^|\/):lang(\/|$)/.test(articles.pattern)) throw fail('the article pattern has no :lang');
  if (articles !== undefined && !/\/:id(\/|$)/.test(articles.pattern)) throw fail('the article pattern has no :id');
  if (notFound !== undefined && !isStringRecord(notFound, (v) => typeof v === 'string' && v.startsWith('/'))) {
    throw fail('expected "notFound": {lang: "/site/path.html"}');
  }
  if (paged !== undefined && !isStringArray(paged)) throw fail('expected "paged": string[]');
  return { routes: table.routes, articles, notFound, paged };
}

/** The route table of a built site, or null when it has none. */
export function loadRouteTable(root: string): RouteTable | null {
  const file = join(root, routesFile);
  if (!existsSync(file)) return null;
  return parseRouteTable(JSON.parse(readFileSync(file, 'utf8')), file);
}
