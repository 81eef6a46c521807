/**
 * A small built site in a temp dir, shaped like dist/, for the server tests
 * (Node and nginx alike). Bodies are padded past the compression threshold.
 */

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { nginxRoutesFile, renderNginxRouteMaps } from './nginxRoutes';
import { routesFile, type RouteTable } from './routes';

export const FIXTURE_CSP = "default-src 'self'; frame-ancestors 'none'";

const pad = (line: string) => Array.from({ length: 200 }, (_, i) => `${line} ${i}`).join('\n');

export const fixtureFiles: Readonly<Record<string, string>> = {
  'index.html': `<!doctype html><title>shell</title>\n<!--${pad('app shell')}-->\n`,
  '404.html': '<!doctype html><title>not found page</title>\n',
  'fa/404.html': '<!doctype html><html lang="fa" dir="rtl"><title>صفحه پیدا نشد</title>\n',
  'en/section/politics/index.html': '<!doctype html><title>prerendered politics</title>\n',
  'en/section/politics/page/2/index.html': '<!doctype html><title>prerendered politics, page 2</title>\n',
  'assets/index-abc123.js': `/* hashed */\n${pad('console.log("asset")')}\n`,
  'assets/index-abc123.css': `${pad('.a{color:red}')}\n`,
  'assets/logo-abc123.png': '\x89PNG fake',
  'api/v1/site.json': JSON.stringify({ defaultEdition: 'en', name: 'Fixture', pad: pad('x') }),
  'api/v1/en/home.json': JSON.stringify({ lead: [] }),
  'sw.js': `self.addEventListener('install', () => {});\n`,
  'registerSW.js': `navigator.serviceWorker.register('/sw.js');\n`,
  'workbox-1234abcd.js': `/* workbox */\n`,
  'manifest.webmanifest': JSON.stringify({ name: 'Fixture' }),
  'sitemap.xml': `<?xml version="1.0"?><urlset>${pad('<url/>')}</urlset>\n`,
  'icon.svg': `<svg xmlns="http://www.w3.org/2000/svg">${pad('<g/>')}</svg>\n`,
  'small.txt': 'tiny\n',
  '.secret': 'do not serve\n',
  // What the build's CSP step writes (tools/csp), so both servers send the policy.
  'csp.json': JSON.stringify({ header: FIXTURE_CSP, meta: FIXTURE_CSP }),
  'csp-header.nginx.conf': `add_header Content-Security-Policy "${FIXTURE_CSP}" always;\n`,
};

/** What the prerenderer would list for this fixture (tools/prerender/pages.ts). */
export const fixtureRoutes: RouteTable = {
  routes: ['/', '/en', '/fa', '/en/section/world', '/en/section/politics', '/en/saved', '/en/tag/:tag', '/fa/tag/انتخابات'],
  articles: { pattern: '/:lang/news/:year/:month/:day/:id/:slug?', ids: { en: ['2484159', '7'], fa: ['3484355'] } },
  notFound: { fa: '/fa/404.html' },
  paged: ['/:lang/section/:section', '/:lang/tag/:tag'],
};

/** Marks the precompressed siblings so a test can tell them from on-the-fly output. */
export const precompressedJs = `/* precompressed */\n${pad('console.log("pre")')}\n`;

export interface Fixture {
  root: string;
  remove(): void;
}

/** The build always writes a route table; both servers read it (routes.json, and its nginx maps). */
export function createFixture({ routes = fixtureRoutes }: { routes?: RouteTable } = {}): Fixture {
  const base = mkdtempSync(join(tmpdir(), 'dateline-server-'));
  const root = join(base, 'dist');
  const write = (path: string, data: string | Buffer) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), data);
  };
  for (const [path, body] of Object.entries(fixtureFiles)) write(path, body);
  write('assets/pre-abc123.js', precompressedJs);
  write('assets/pre-abc123.js.br', brotliCompressSync(precompressedJs));
  write('assets/pre-abc123.js.gz', gzipSync(precompressedJs));
  // Beside dist/, so a traversal that escapes the root would find it.
  writeFileSync(join(base, 'package.json'), '{"leaked":true}');
  write(routesFile, JSON.stringify(routes));
  write(nginxRoutesFile, renderNginxRouteMaps(routes));
  return { root, remove: () => rmSync(base, { recursive: true, force: true }) };
}
