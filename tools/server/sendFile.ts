/** Writes one file as an HTTP response: headers, negotiation, 304, streaming. */

import { createReadStream, type Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import { constants, createBrotliCompress, createGzip } from 'node:zlib';
import { etagFor, isNotModified } from './conditional';
import { chooseEncoding, type Encoding } from './encoding';
import { cacheControlFor, contentTypeFor, isCompressible, securityHeaders } from './headers';

/** Below this, compression overhead outweighs the saving (nginx's gzip_min_length here). */
export const compressMinBytes = 1024;

const siblingSuffix: Readonly<Record<Encoding, string>> = { br: '.br', gzip: '.gz' };

async function statFile(path: string): Promise<Stats | null> {
  try {
    const s = await stat(path);
    return s.isFile() ? s : null;
  } catch {
    return null;
  }
}

/** Precompressed siblings (`app.js.br`, `app.js.gz`) that exist beside `file`. */
async function siblings(file: string): Promise<Map<Encoding, Stats>> {
  const found = new Map<Encoding, Stats>();
  for (const encoding of ['br', 'gzip'] as const) {
    const s = await statFile(file + siblingSuffix[encoding]);
    if (s) found.set(encoding, s);
  }
  return found;
}

function compressor(encoding: Encoding) {
  // Quality 5 / level 6: most of the saving at a fraction of the CPU of the maximum.
  return encoding === 'br'
    ? createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: 5 } })
    : createGzip({ level: 6 });
}

export interface SendFileOptions {
  file: string;
  /** The file's site path, for the cache policy. */
  servedPath: string;
  status: number;
}

export async function sendFile(
  req: IncomingMessage,
  res: ServerResponse,
  { file, servedPath, status }: SendFileOptions,
): Promise<void> {
  const original = await statFile(file);
  if (!original) throw new Error(`vanished while serving: ${file}`);
  const contentType = contentTypeFor(file);
  const compressible = isCompressible(contentType);
  const acceptEncoding = req.headers['accept-encoding'];

  let body = file;
  let bodyStat = original;
  let encoding: Encoding | null = null;
  let onTheFly = false;
  if (compressible) {
    const ready = await siblings(file);
    const pre = chooseEncoding(acceptEncoding, [...ready.keys()]);
    if (pre) {
      encoding = pre;
      body = file + siblingSuffix[pre];
      bodyStat = ready.get(pre)!;
    } else if (original.size >= compressMinBytes) {
      encoding = chooseEncoding(acceptEncoding);
      onTheFly = encoding !== null;
    }
  }

  const etag = etagFor(bodyStat, onTheFly);
  const headers: Record<string, string> = {
    ...securityHeaders,
    'Content-Type': contentType,
    'Cache-Control': cacheControlFor(servedPath, status),
    'Last-Modified': bodyStat.mtime.toUTCString(),
    ETag: etag,
  };
  if (compressible) headers['Vary'] = 'Accept-Encoding';
  if (encoding) headers['Content-Encoding'] = encoding;
  if (!onTheFly) headers['Content-Length'] = String(bodyStat.size);

  if (status === 200 && isNotModified(req.headers, etag, bodyStat.mtime)) {
    delete headers['Content-Length'];
    delete headers['Content-Encoding'];
    res.writeHead(304, headers).end();
    return;
  }
  res.writeHead(status, headers);
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const source = createReadStream(body);
  await (onTheFly && encoding ? pipeline(source, compressor(encoding), res) : pipeline(source, res));
}
