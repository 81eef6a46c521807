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
  // Kept as text: strings are immutable, so every page can be handed the same one.
  const shared = new Map<string, string>();
  const read = (file: string): string => {
    const cached = shared.get(file);
    if (cached !== undefined) return cached;
    const bytes = readFileSync(file);
    const text = bytes.toString('utf8');
    if (isShared(path.relative(root, file).split(path.sep).join('/'), bytes.length)) shared.set(file, text);
    return text;
  };
  return async (input) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!url.startsWith(prefix)) throw new TypeError(`prerender: no network at build time (${url})`);
    const file = path.resolve(root, decodeURIComponent(url.slice(prefix.length).split('?')[0]!));
    if (!file.startsWith(root + path.sep)) return new Response('', { status: 404 });
    let text: string;
    try {
      text = read(file);
    } catch {
      return new Response('{"error":"not found"}', { status: 404, headers: { 'content-type': 'application/json' } });
    }
    return new FileResponse(text);
  };
}

/**
 * `fetch` with a record of the addresses asked for since the last `take()`:
 * the API files a page was made from, which the page lists for the service
 * worker to keep (decision 0683). Pages render one at a time per worker.
 */
export function recordingFetch(inner: typeof fetch): { fetch: typeof fetch; take: () => string[] } {
  let asked = new Set<string>();
  const recorded: typeof fetch = (input, init) => {
    asked.add(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    return inner(input, init);
  };
  return {
    fetch: recorded,
    take: () => {
      const taken = [...asked];
      asked = new Set();
      return taken;
    },
  };
}

/**
 * A 200 answer with an API file's text, serving what the app's fetchJson
 * reads: status, ok, json() (and text()). Undici's Response with a body
 * builds a stream and its reader for every request, ~70 µs more (measured on
 * 3 KB article files), about 0.5 ms of a page's ~14; this one has no body
 * stream and no headers, which nothing reads at build time.
 */
class FileResponse extends Response {
  readonly #text: string;

  constructor(text: string) {
    super(null, { status: 200 });
    this.#text = text;
  }

  // A promise that rejects on malformed JSON, as Response.json()'s does, rather than a synchronous throw.
  override json(): Promise<unknown> {
    return new Promise((resolve) => resolve(JSON.parse(this.#text)));
  }

  override text(): Promise<string> {
    return Promise.resolve(this.#text);
  }
}
