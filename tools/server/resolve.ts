/**
 * Maps a request path to what answers it, with the same rules as
 * deploy/nginx.conf: a file, a directory's index.html, a 404, or the app shell.
 */

import { realpath, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { looksLikeFile } from './headers';
import type { RouteMatcher } from './routes';

export type Resolution =
  /** `servedPath` is the file's site path, which the cache policy keys on. */
  | { kind: 'file'; file: string; servedPath: string }
  | { kind: 'missing'; api: boolean }
  /** An app path the route list does not know. */
  | { kind: 'unknown-route' };

/** Prefixes whose every path is a file: never the app shell. */
const filePrefixes = ['/api/', '/assets/'];

async function regularFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** Dotfiles (.git, .env) are never public; .well-known is meant to be. */
function hasHiddenSegment(pathname: string): boolean {
  return pathname.split('/').some((s) => s.startsWith('.') && s !== '.well-known');
}

/**
 * `root` must already be a real path. `pathname` is decoded; `..` that would
 * leave the root, and symlinks pointing out of it, resolve to missing.
 */
export async function resolvePath(
  root: string,
  pathname: string,
  routes: RouteMatcher | null,
): Promise<Resolution> {
  const api = pathname === '/api' || pathname.startsWith('/api/');
  const missing: Resolution = { kind: 'missing', api };
  const inside = (p: string) => p === root || p.startsWith(root + sep);
  const target = join(root, pathname);
  if (!inside(target) || hasHiddenSegment(pathname)) return missing;

  const candidates = [target, join(target, 'index.html')];
  for (const candidate of candidates) {
    if (!(await regularFile(candidate))) continue;
    const real = await realpath(candidate);
    if (!inside(real)) return missing;
    const servedPath = '/' + candidate.slice(root.length + 1).split(sep).join('/');
    return { kind: 'file', file: candidate, servedPath };
  }

  if (api || filePrefixes.some((p) => pathname.startsWith(p)) || looksLikeFile(pathname)) {
    return missing;
  }
  const shell = join(root, 'index.html');
  if (routes && !routes(pathname)) return { kind: 'unknown-route' };
  return { kind: 'file', file: shell, servedPath: '/index.html' };
}

/**
 * A later section page is prerendered at `<path>/page/N/index.html`
 * (tools/prerender/pages.ts), since files cannot be named by query string:
 * `?page=N` on an app path is looked for there first (deploy/nginx.conf
 * does the same with $arg_page).
 */
export function pagedPath(pathname: string, url: string | undefined): string | null {
  const query = (url ?? '').split('#')[0]!.split('?')[1] ?? '';
  const page = new URLSearchParams(query).get('page');
  if (page === null || !/^(?:[2-9]|[1-9]\d+)$/.test(page) || looksLikeFile(pathname)) return null;
  return `${pathname.replace(/\/+$/, '')}/page/${page}/index.html`;
}

