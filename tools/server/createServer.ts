/**
 * A production static server for dist/: node:http, node:fs and node:zlib only
 * (docs/decisions/0100-static-server-without-sirv.md). Behaves like
 * deploy/nginx.conf so the e2e suite sees what readers will see.
 */

import { realpathSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { readCspHeader } from './csp';
import { securityHeaders } from './headers';
import { pagedPath, resolvePath } from './resolve';
import { createPagedMatcher, createRouteMatcher, loadRouteTable, notFoundPageFor } from './routes';
import { sendFile } from './sendFile';

export interface StaticServerOptions {
  /** The built site, usually dist/. */
  root: string;
}

function sendText(req: IncomingMessage, res: ServerResponse, status: number, type: string, body: string, extra: Record<string, string> = {}) {
  res.writeHead(status, {
    ...securityHeaders,
    'Content-Type': type,
    'Content-Length': String(Buffer.byteLength(body)),
    'Cache-Control': 'no-cache',
    ...extra,
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

const notFoundText = (req: IncomingMessage, res: ServerResponse) =>
  sendText(req, res, 404, 'text/plain; charset=utf-8', 'Not found\n');

/** The request path, percent-decoded, or null when it cannot be. */
function decodedPath(url: string | undefined): string | null {
  const raw = (url ?? '/').split('?')[0]!.split('#')[0]!;
  if (!raw.startsWith('/')) return null;
  try {
    const decoded = decodeURIComponent(raw);
    return decoded.includes('\0') || decoded.includes('\\') ? null : decoded;
  } catch {
    return null;
  }
}

export function createServer({ root: rootOption }: StaticServerOptions): Server {
  const root = realpathSync(rootOption);
  const table = loadRouteTable(root);
  const routes = table && createRouteMatcher(table);
  const pagedListing = createPagedMatcher(table ?? {});
  const csp = readCspHeader(root);

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendText(req, res, 405, 'text/plain; charset=utf-8', 'Method not allowed\n', { Allow: 'GET, HEAD' });
      return;
    }
    const pathname = decodedPath(req.url);
    if (pathname === null) {
      sendText(req, res, 400, 'text/plain; charset=utf-8', 'Bad request\n');
      return;
    }
    const paged = pagedPath(pathname, req.url);
    const pagedFound = paged === null ? null : await resolvePath(root, paged, null);
    const pagedFile = pagedFound?.kind === 'file' && pagedFound.servedPath === paged;
    // A later page of a listing that the build did not write is past its end: not page 1 under another address.
    const pastTheEnd = paged !== null && !pagedFile && pagedListing(pathname);
    const found = pagedFile ? pagedFound : pastTheEnd ? ({ kind: 'unknown-route' } as const) : await resolvePath(root, pathname, routes);
    switch (found.kind) {
      case 'file':
        return sendFile(req, res, { ...found, status: 200 });
      case 'missing':
        if (found.api) {
          sendText(req, res, 404, 'application/json; charset=utf-8', '{"error":"not found"}');
        } else {
          notFoundText(req, res);
        }
        return;
      case 'unknown-route': {
        // The edition's own not-found page when the build wrote one (routes.json `notFound`), else the default.
        const servedPath = notFoundPageFor(table ?? {}, pathname);
        const file = join(root, servedPath);
        if (existsSync(file)) return sendFile(req, res, { file, servedPath, status: 404 });
        notFoundText(req, res);
      }
    }
  }

  return createHttpServer((req, res) => {
    // Set first, so every answer below (files, errors, 304s) carries it; writeHead merges it in.
    res.setHeader('Content-Security-Policy', csp);
    handle(req, res).catch((error: unknown) => {
      // A client that hangs up mid-stream is not a server error worth a log line.
      if ((error as NodeJS.ErrnoException).code === 'ERR_STREAM_PREMATURE_CLOSE') return;
      console.error(error);
      if (!res.headersSent) sendText(req, res, 500, 'text/plain; charset=utf-8', 'Internal server error\n');
      else res.destroy();
    });
  });
}
