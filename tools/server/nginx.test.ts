/**
 * deploy/nginx.conf, run by real nginx on the same fixture as the Node
 * server, must answer the same way. Fails (never skips) without nginx.
 */

import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cachePolicies } from './headers';
import { startNginx } from './nginx';
import { deployConfigPath, renderSiteConfig } from './nginxConfig';
import { startServer, type RunningServer } from './startServer';
import { createFixture, fixtureFiles, precompressedJs, type Fixture } from './testFixture';
import { request } from './testRequest';

let fixture: Fixture;
let nginx: RunningServer;
let node: RunningServer;

beforeAll(async () => {
  fixture = createFixture();
  // No try/catch: a missing nginx must fail this suite with startNginx's
  // "apt-get install nginx" message.
  nginx = await startNginx({ root: fixture.root });
  node = await startServer({ root: fixture.root });
});
afterAll(async () => {
  await nginx?.stop();
  await node?.stop();
  fixture?.remove();
});

describe('nginx serves like the Node server', () => {
  it.each([
    '/',
    '/en',
    '/en/',
    '/en/news/2021/04/13/2484159/some-slug',
    '/en/section/world?page=2',
    '/en/section/politics?page=2',
    '/en/section/politics?page=3',
    '/en/section/politics/?page=2',
    '/en/section/politics/?page=3',
    '/en/saved?page=2',
    '/en/section/politics',
    '/en/section/politics/',
    '/assets/index-abc123.js',
    '/assets/logo-abc123.png',
    '/assets/gone-123.js',
    '/assets/',
    '/api/v1/site.json',
    '/api/v1/en/articles/999.json',
    '/api/v1/',
    '/api',
    '/sw.js',
    '/registerSW.js',
    '/workbox-1234abcd.js',
    '/manifest.webmanifest',
    '/sitemap.xml',
    '/icon.svg',
    '/favicon.ico',
    '/.secret',
    // Unknown app paths: the not-found page with 404 (the edition's own under /fa/), from the route table.
    '/en/news/2020/01/01/99999999/nope',
    '/en/section/nope',
    '/en/section/nope/',
    '/xx/anything',
    '/xx',
    '/EN',
    '/en/News/2021/04/13/2484159/slug',
    '/fa/news/2020/01/01/99999999/nope',
    '/fa/nowhere/',
    '/fa/news/2021/04/13/2484159/not-in-this-edition',
    // Known ones: the shell with 200, an article under any date or slug.
    '/fa',
    '/fa/',
    '/en/saved',
    '/en/tag/anything',
    '/en/news/1999/01/01/2484159/stale-slug',
    '/en/news/2021/04/13/2484159',
    '/en/news/2021/04/13/2484159/slug/',
    '/fa/news/2021/05/02/3484355/%D8%B3%D9%81%D8%B1',
    '/en/news/2021/04/13/2484159/slug/extra',
    // A listed tag with a Persian slug (UTF-8 map keys, matched on the decoded path), and one not listed.
    `/fa/tag/${encodeURIComponent('انتخابات')}`,
    '/fa/tag/nope',
  ])('%s', async (path) => {
    const [fromNginx, fromNode] = await Promise.all([request(nginx.url, path), request(node.url, path)]);
    const seen = (r: typeof fromNode) => ({
      status: r.status,
      type: r.headers['content-type'],
      cache: r.headers['cache-control'],
      nosniff: r.headers['x-content-type-options'],
      frames: r.headers['x-frame-options'],
      referrer: r.headers['referrer-policy'],
      permissions: r.headers['permissions-policy'],
      csp: r.headers['content-security-policy'],
      body: r.text,
    });
    expect(seen(fromNginx)).toEqual(seen(fromNode));
  });
});

describe('nginx specifics', () => {
  it('gzips text on the fly', async () => {
    const res = await request(nginx.url, '/assets/index-abc123.js', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers.vary).toBe('Accept-Encoding');
    expect(gunzipSync(res.body).toString()).toBe(fixtureFiles['assets/index-abc123.js']);
    expect(res.headers['cache-control']).toBe(cachePolicies.immutable);
  });

  it('serves the precompressed .gz sibling', async () => {
    const res = await request(nginx.url, '/assets/pre-abc123.js', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers['content-length']).toBe(String(res.body.length));
    expect(gunzipSync(res.body).toString()).toBe(precompressedJs);
  });

  it('answers unknown app paths with the not-found page and 404, the edition\'s own under /fa/', async () => {
    const english = await request(nginx.url, '/en/news/2020/01/01/99999999/nope');
    expect(english.status).toBe(404);
    expect(english.text).toBe(fixtureFiles['404.html']);
    const persian = await request(nginx.url, '/fa/section/nope');
    expect(persian.status).toBe(404);
    expect(persian.text).toBe(fixtureFiles['fa/404.html']);
    expect(persian.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(persian.headers['cache-control']).toBe('no-cache');
    expect(persian.headers['content-security-policy']).toBeTruthy();
    expect((await request(nginx.url, '/en/news/1999/01/01/2484159/stale')).status).toBe(200);
    expect((await request(nginx.url, `/fa/tag/${encodeURIComponent('انتخابات')}`)).status).toBe(200);
  });

  it('answers 304 to If-None-Match', async () => {
    const { headers } = await request(nginx.url, '/api/v1/site.json');
    const again = await request(nginx.url, '/api/v1/site.json', { headers: { 'If-None-Match': headers.etag! } });
    expect(again.status).toBe(304);
    expect(again.headers['cache-control']).toBe(cachePolicies.api);
  });

  it.each(['/../package.json', '/%2e%2e/package.json', '/api/../../package.json'])(
    '%s does not leave the root',
    async (path) => {
      const res = await request(nginx.url, path);
      expect([400, 404]).toContain(res.status);
      expect(res.text).not.toContain('leaked');
    },
  );
});

describe('startNginx', () => {
  it('says how to install nginx when it is missing', async () => {
    const saved = process.env.NGINX_BIN;
    process.env.NGINX_BIN = '/nonexistent/nginx';
    try {
      await expect(startNginx({ root: fixture.root })).rejects.toThrow(/apt-get install nginx/);
    } finally {
      if (saved === undefined) delete process.env.NGINX_BIN;
      else process.env.NGINX_BIN = saved;
    }
  });

  it('rewrites exactly the listen, root and CSP include lines of deploy/nginx.conf', () => {
    const deployed = readFileSync(deployConfigPath, 'utf8');
    const site = renderSiteConfig(deployed, { root: '/srv/x', port: 8123 });
    expect(site.match(/^[ \t]*listen\s.*$/gm)).toEqual(['    listen 127.0.0.1:8123;']);
    expect(site.match(/^[ \t]*root\s.*$/gm)).toEqual(['    root /srv/x;']);
    expect(site.match(/^[ \t]*include\s.*$/gm)).toEqual(['include /srv/x/routes-map.nginx.conf;', '    include /srv/x/csp-header.nginx.conf;']);
    expect(() => renderSiteConfig('server {}', { root: '/srv/x', port: 1 })).toThrow(/listen/);
    expect(() => renderSiteConfig(deployed, { root: '/srv/x; evil', port: 1 })).toThrow(/plain path/);
  });
});
