/** Validators and conditional requests (RFC 9110 §13), for GET and HEAD only. */

import type { Stats } from 'node:fs';

/**
 * nginx's ETag shape ("mtime-size" in hex), so a switch of server does not
 * invalidate every client cache. Weak when we compress on the fly, since the
 * bytes then depend on the compressor, as nginx does too.
 */
export function etagFor(stat: Pick<Stats, 'mtimeMs' | 'size'>, weak = false): string {
  const tag = `"${Math.floor(stat.mtimeMs / 1000).toString(16)}-${stat.size.toString(16)}"`;
  return weak ? `W/${tag}` : tag;
}

function opaque(tag: string): string {
  return tag.trim().replace(/^W\//, '');
}

/** True when the client's copy is current, so a 304 answers. */
export function isNotModified(
  headers: { 'if-none-match'?: string | undefined; 'if-modified-since'?: string | undefined },
  etag: string,
  lastModified: Date,
): boolean {
  const ifNoneMatch = headers['if-none-match'];
  // If-None-Match wins over If-Modified-Since when both are sent (§13.2.2).
  if (ifNoneMatch !== undefined) {
    if (ifNoneMatch.trim() === '*') return true;
    return ifNoneMatch.split(',').some((tag) => opaque(tag) === opaque(etag));
  }
  const since = headers['if-modified-since'];
  if (since === undefined) return false;
  const sinceMs = Date.parse(since);
  return !Number.isNaN(sinceMs) && Math.floor(lastModified.getTime() / 1000) * 1000 <= sinceMs;
}
