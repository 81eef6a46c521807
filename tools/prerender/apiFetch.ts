import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Files nearly every page reads (site.json, each edition's home, top
 * stories, the sections' most-visited lists): kept in memory after the
 * first read. Articles and numbered listing pages are each read by about
 * one page, and the search index is megabytes; those are always read afresh.
 */
export function isShared(relative: string, bytes: number): boolean {
  return bytes <= 64 * 1024 && !/(^|\/)articles\//.test(relative) && !/(^|\/)page-\d+\.json$/.test(relative);
}

/**
 * A `fetch` that answers content API requests from the built files, so the
 * app's own loaders and queries run unchanged at build time; anything else
 * is refused, since a prerendered page must not depend on the network.
 * It reads synchronously: it runs in a render worker, whose thread has
 * nothing else to do meanwhile, and a small file's sync read costs a
 * fraction of the async one's open/stat/read/close round trips.
 */
export function apiFileFetch(apiDir: string, apiBase: string): typeof fetch {
  const prefix = `${apiBase.replace(/\/+$/, '')}/`;
  const root = path.resolve(apiDir);
  const shared = new Map<string, Buffer>();
  const read = (file: string): Buffer => {
    const cached = shared.get(file);
    if (cached) return cached;
    const body = readFileSync(file);
    if (isShared(path.relative(root, file).split(path.sep).join('/'), body.length)) shared.set(file, body);
    return body;
  };
  return async (input) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!url.startsWith(prefix)) throw new TypeError(`prerender: no network at build time (${url})`);
    const file = path.resolve(root, decodeURIComponent(url.slice(prefix.length).split('?')[0]!));
    if (!file.startsWith(root + path.sep)) return new Response('', { status: 404 });
    let body: Buffer;
    try {
      body = read(file);
    } catch {
      return new Response('{"error":"not found"}', { status: 404, headers: { 'content-type': 'application/json' } });
    }
    // A copy: the cached bytes stay untouched whatever the reader of the response does.
    return new Response(new Uint8Array(body), { status: 200, headers: { 'content-type': 'application/json' } });
  };
}
