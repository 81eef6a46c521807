import { readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * A `fetch` that answers content API requests from the built files, so the
 * app's own loaders and queries run unchanged at build time; anything else
 * is refused, since a prerendered page must not depend on the network.
 */
export function apiFileFetch(apiDir: string, apiBase: string): typeof fetch {
  const prefix = `${apiBase.replace(/\/+$/, '')}/`;
  const root = path.resolve(apiDir);
  return async (input) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!url.startsWith(prefix)) throw new TypeError(`prerender: no network at build time (${url})`);
    const file = path.resolve(root, decodeURIComponent(url.slice(prefix.length).split('?')[0]!));
    if (!file.startsWith(root + path.sep)) return new Response('', { status: 404 });
    try {
      return new Response(await readFile(file), { status: 200, headers: { 'content-type': 'application/json' } });
    } catch {
      return new Response('{"error":"not found"}', { status: 404, headers: { 'content-type': 'application/json' } });
    }
  };
}
