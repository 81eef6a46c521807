import { describe, expect, it } from 'vitest';
import { etagFor, isNotModified } from './conditional';
import { chooseEncoding } from './encoding';
import { cacheControlFor, contentTypeFor, isCompressible, looksLikeFile } from './headers';

describe('chooseEncoding', () => {
  it.each([
    [undefined, null],
    ['', null],
    ['gzip, deflate, br', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['gzip;q=1, br;q=0.5', 'gzip'],
    ['*', 'br'],
    ['*;q=0', null],
    ['identity', null],
  ] as const)('%s -> %s', (header, expected) => {
    expect(chooseEncoding(header)).toBe(expected);
  });

  it('only picks what is available', () => {
    expect(chooseEncoding('br, gzip', ['gzip'])).toBe('gzip');
    expect(chooseEncoding('br', ['gzip'])).toBeNull();
  });
});

describe('policy', () => {
  it('types and compressibility', () => {
    expect(contentTypeFor('/a/b.WEBMANIFEST')).toBe('application/manifest+json; charset=utf-8');
    expect(contentTypeFor('/no-extension')).toBe('application/octet-stream');
    expect(isCompressible(contentTypeFor('x.svg'))).toBe(true);
    expect(isCompressible(contentTypeFor('x.png'))).toBe(false);
  });

  it('tells file paths from app routes', () => {
    expect(looksLikeFile('/favicon.ico')).toBe(true);
    expect(looksLikeFile('/en/news/2021/04/13/1/a-slug')).toBe(false);
    expect(looksLikeFile('/v1.2/x')).toBe(false);
  });

  it('cache-control by served path and status', () => {
    expect(cacheControlFor('/assets/a.js', 200)).toContain('immutable');
    expect(cacheControlFor('/assets/a.js', 404)).toBe('no-cache');
    expect(cacheControlFor('/api/v1/site.json', 200)).toContain('stale-while-revalidate');
    expect(cacheControlFor('/index.html', 200)).toBe('no-cache');
  });
});

describe('conditional requests', () => {
  const stat = { mtimeMs: 1_700_000_000_500, size: 1234 };
  const modified = new Date(stat.mtimeMs);

  it('builds nginx-shaped etags', () => {
    expect(etagFor(stat)).toBe('"6553f100-4d2"');
    expect(etagFor(stat, true)).toBe('W/"6553f100-4d2"');
  });

  it('compares weakly and prefers If-None-Match', () => {
    const etag = etagFor(stat);
    expect(isNotModified({ 'if-none-match': `"x", W/${etag}` }, etag, modified)).toBe(true);
    expect(isNotModified({ 'if-none-match': '"x"', 'if-modified-since': modified.toUTCString() }, etag, modified)).toBe(false);
    expect(isNotModified({ 'if-modified-since': modified.toUTCString() }, etag, modified)).toBe(true);
    expect(isNotModified({ 'if-modified-since': new Date(0).toUTCString() }, etag, modified)).toBe(false);
    expect(isNotModified({}, etag, modified)).toBe(false);
  });
});
