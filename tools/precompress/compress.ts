/**
 * How dist's text files are precompressed, shared by the precompress step
 * (static assets) and the prerender workers (every page, right after it is
 * rendered, while its bytes are still in memory).
 */
import { writeFile } from 'node:fs/promises';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const TEXT = /\.(js|mjs|css|html|svg|xml|txt|webmanifest)$/;
/** Below this, compression overhead outweighs the saving (the server's own threshold). */
export const MIN_BYTES = 1024;

/**
 * Brotli quality for prerendered pages. On ~50 KB pages (docs/decisions/0631)
 * quality 11 takes ~85 ms a page and 5 takes ~1.7 ms for ~10 % more bytes;
 * 9 and 10 cost 20-25 ms. At 100,000 pages 11 alone would be ~2.4 hours of CPU.
 */
export const PAGE_BROTLI_QUALITY = 5;
/** The few shared assets (scripts, the stylesheet, the shell) every reader fetches: worth the maximum. */
export const ASSET_BROTLI_QUALITY = 11;
/**
 * Past this, quality 11 gets slow beyond use: an 11 MB sitemap part of 50,000 addresses (100,000
 * articles make three) took 90 s at 11, 2.4 s at 9, 0.5 s at 5. Only crawlers fetch files that big.
 */
export const LARGE_FILE_BYTES = 1024 * 1024;

/** Brotli quality for a static file of `bytes`. */
export function assetQuality(bytes: number): number {
  return bytes > LARGE_FILE_BYTES ? PAGE_BROTLI_QUALITY : ASSET_BROTLI_QUALITY;
}

export interface Compressed {
  br: Buffer;
  gz: Buffer;
}

export function compress(body: Buffer, brotliQuality: number): Compressed {
  const br = brotliCompressSync(body, {
    params: { [constants.BROTLI_PARAM_QUALITY]: brotliQuality, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
  });
  // Level 9 costs about what 6 does on pages this size (~1 ms) and keeps every .gz as it was.
  return { br, gz: gzipSync(body, { level: 9 }) };
}

/**
 * Writes `file`'s .br and .gz beside it from its bytes; false, writing
 * nothing, for a file under MIN_BYTES. The precompress step's, and the
 * prerender's for the files it writes outside the render workers (which write
 * synchronously, pageWriter.ts).
 */
export async function writeCompressedSiblings(file: string, body: Buffer, brotliQuality = assetQuality(body.length)): Promise<boolean> {
  if (body.length < MIN_BYTES) return false;
  const { br, gz } = compress(body, brotliQuality);
  await Promise.all([writeFile(`${file}.br`, br), writeFile(`${file}.gz`, gz)]);
  return true;
}
