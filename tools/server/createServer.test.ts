import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cachePolicies } from './headers';
import { startServer, type RunningServer } from './startServer';
import { createFixture, FIXTURE_CSP, fixtureFiles, precompressedJs, type Fixture } from './testFixture';
import { request } from './testRequest';

let fixture: Fixture;
let server: RunningServer;
const get = (path: string, headers: Record<string, string> = {}) => request(server.url, path, { headers });

beforeAll(async () => {
  fixture = createFixture();
  server = await startServer({ root: fixture.root });
});
afterAll(async () => {
  await server.stop();
  fixture.remove();
});

describe('files', () => {
  it.each([
    ['/index.html', 'text/html; charset=utf-8'],
    ['/assets/index-abc123.js', 'text/javascript; charset=utf-8'],
    ['/assets/index-abc123.css', 'text/css; charset=utf-8'],
    ['/assets/logo-abc123.png', 'image/png'],
    ['/api/v1/site.json', 'application/json; charset=utf-8'],
    ['/manifest.webmanifest', 'application/manifest+json; charset=utf-8'],
    ['/sitemap.xml', 'application/xml; charset=utf-8'],
    ['/icon.svg', 'image/svg+xml'],
  ])('serves %s as %s', async (path, type) => {
    const res = await get(path);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe(type);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('answers HEAD with headers and no body', async () => {
    const res = await request(server.url, '/assets/logo-abc123.png', { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(res.headers['content-length']).toBe(String(fixtureFiles['assets/logo-abc123.png']!.length + 1));
    expect(res.body.length).toBe(0);
  });

  it('refuses other methods', async () => {
    const res = await request(server.url, '/', { method: 'POST' });
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe('GET, HEAD');
  });
});

describe('cache policy', () => {
  it.each([
    ['/assets/index-abc123.js', cachePolicies.immutable],
    ['/api/v1/en/home.json', cachePolicies.api],
    ['/', 'no-cache'],
    ['/en/news/2021/04/13/1/slug', 'no-cache'],
    ['/sw.js', 'no-cache'],
    ['/registerSW.js', 'no-cache'],
    ['/workbox-1234abcd.js', 'no-cache'],
    ['/manifest.webmanifest', 'no-cache'],
    ['/api/v1/missing.json', 'no-cache'],
  ])('%s: %s', async (path, policy) => {
    expect((await get(path)).headers['cache-control']).toBe(policy);
  });

  it('answers 304 to a matching If-None-Match, and 200 to a stale one', async () => {
    const first = await get('/api/v1/site.json');
    const etag = first.headers.etag!;
    expect(first.headers['last-modified']).toBeTruthy();
    const again = await get('/api/v1/site.json', { 'If-None-Match': etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers.etag).toBe(etag);
    expect((await get('/api/v1/site.json', { 'If-None-Match': '"stale"' })).status).toBe(200);
  });

  it('answers 304 to If-Modified-Since', async () => {
    const { headers } = await get('/sw.js');
    expect((await get('/sw.js', { 'If-Modified-Since': headers['last-modified']! })).status).toBe(304);
  });
});

describe('compression', () => {
  const js = '/assets/index-abc123.js';
  const original = fixtureFiles['assets/index-abc123.js']!;

  it('brotli when accepted', async () => {
    const res = await get(js, { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers.vary).toBe('Accept-Encoding');
    expect(brotliDecompressSync(res.body).toString()).toBe(original);
  });

  it('gzip when only gzip is accepted', async () => {
    const res = await get('/api/v1/site.json', { 'Accept-Encoding': 'gzip' });
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(res.body).toString()).toBe(fixtureFiles['api/v1/site.json']);
  });

  it('identity when nothing usable is accepted', async () => {
    for (const accept of [undefined, 'identity', 'br;q=0, gzip;q=0']) {
      const res = await get(js, accept ? { 'Accept-Encoding': accept } : {});
      expect(res.headers['content-encoding']).toBeUndefined();
      expect(res.headers.vary).toBe('Accept-Encoding');
      expect(res.text).toBe(original);
    }
  });

  it('leaves small and binary files alone', async () => {
    const accept = { 'Accept-Encoding': 'br, gzip' };
    expect((await get('/small.txt', accept)).headers['content-encoding']).toBeUndefined();
    expect((await get('/assets/logo-abc123.png', accept)).headers['content-encoding']).toBeUndefined();
  });

  it('serves the precompressed sibling with the original type', async () => {
    const br = await get('/assets/pre-abc123.js', { 'Accept-Encoding': 'br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(br.headers['content-length']).toBe(String(br.body.length));
    expect(brotliDecompressSync(br.body).toString()).toBe(precompressedJs);
    const gz = await get('/assets/pre-abc123.js', { 'Accept-Encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(precompressedJs);
    expect(gz.headers.etag).not.toBe(br.headers.etag);
  });
});

describe('routing', () => {
  it.each(['/', '/en', '/en/saved?page=2', '/en/news/2021/04/13/2484159/some-slug', '/en/'])(
    'app route %s gets the shell',
    async (path) => {
      const res = await get(path);
      expect(res.status).toBe(200);
      expect(res.text).toContain('<title>shell</title>');
    },
  );

  it('serves a later page of a listing from its file, and a page past the end as not found', async () => {
    expect((await get('/en/section/politics?page=2')).text).toContain('prerendered politics, page 2');
    expect((await get('/en/section/politics?page=1')).text).toContain('prerendered politics</title>');
    for (const path of ['/en/section/politics?page=3', '/en/section/world?page=2', '/en/tag/space?page=9']) {
      const res = await get(path);
      expect(res.status, path).toBe(404);
      expect(res.text).toContain('not found page');
    }
  });

  it('serves a prerendered index.html for a slashless directory path', async () => {
    for (const path of ['/en/section/politics', '/en/section/politics/']) {
      expect((await get(path)).text).toContain('prerendered politics');
    }
  });

  it('404s a missing API file with JSON', async () => {
    for (const path of ['/api/v1/en/articles/999.json', '/api/v1/en', '/api']) {
      const res = await get(path);
      expect(res.status).toBe(404);
      expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(JSON.parse(res.text)).toEqual({ error: 'not found' });
    }
  });

  it('404s a missing file-like path in plain text, never the shell', async () => {
    for (const path of ['/assets/gone-123.js', '/favicon.ico', '/en/missing.png', '/assets/']) {
      const res = await get(path);
      expect(res.status).toBe(404);
      expect(res.headers['content-type']).toBe('text/plain; charset=utf-8');
    }
  });

  it('does not list directories', async () => {
    const res = await get('/assets/');
    expect(res.text).not.toContain('index-abc123');
  });
});

describe('path safety', () => {
  it.each([
    '/../package.json',
    '/%2e%2e/package.json',
    '/%2E%2E/package.json',
    '/assets/..%2f..%2fpackage.json',
    '/..%5cpackage.json',
    '/api/../../package.json',
  ])('%s does not leave the root', async (path) => {
    const res = await get(path);
    expect(res.text).not.toContain('leaked');
    expect([400, 404]).toContain(res.status);
  });

  it('hides dotfiles and rejects malformed escapes', async () => {
    expect((await get('/.secret')).status).toBe(404);
    expect((await get('/%E0%A4%A')).status).toBe(400);
    expect((await get('/a%00.js')).status).toBe(400);
  });
});

describe('Content-Security-Policy header (from the build\'s csp.json)', () => {
  it.each(['/', '/en/section/politics', '/assets/index-abc123.js', '/api/v1/site.json', '/nope/missing.js', '/api/v1/x.json'])(
    'is sent with %s, errors included',
    async (path) => {
      expect((await get(path)).headers['content-security-policy']).toBe(FIXTURE_CSP);
    },
  );

  it('is sent with a 304 and a 405', async () => {
    const first = await get('/sw.js');
    const again = await get('/sw.js', { 'If-None-Match': String(first.headers.etag) });
    expect(again.status).toBe(304);
    expect(again.headers['content-security-policy']).toBe(FIXTURE_CSP);
    expect((await request(server.url, '/', { method: 'POST' })).headers['content-security-policy']).toBe(FIXTURE_CSP);
  });
});
