import { mkdtemp, mkdir, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { precompress } from './cli';
import { ASSET_BROTLI_QUALITY, assetQuality, LARGE_FILE_BYTES, PAGE_BROTLI_QUALITY } from './compress';
import { distFiles } from './distFiles';

const page = Buffer.from(`<!doctype html><p>${'Wire copy, paragraph after paragraph. '.repeat(100)}</p>`);

async function fixture(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'precompress-'));
  await mkdir(path.join(dir, 'en', 'news'), { recursive: true });
  await mkdir(path.join(dir, 'api', 'v1'), { recursive: true });
  await writeFile(path.join(dir, 'index.html'), page);
  await writeFile(path.join(dir, 'en', 'news', 'index.html'), page);
  await writeFile(path.join(dir, 'api', 'v1', 'site.json'), page);
  await writeFile(path.join(dir, 'tiny.txt'), 'small');
  return dir;
}

describe('distFiles', () => {
  it('lists files below dist, never inside the content API', async () => {
    const dir = await fixture();
    expect(await distFiles(dir, () => true)).toEqual(['en/news/index.html', 'index.html', 'tiny.txt']);
  });
});

describe('precompress', () => {
  it('writes .br and .gz that decompress to the file, skipping small files', async () => {
    const dir = await fixture();
    expect(await precompress(dir)).toEqual({ written: 2, fresh: 0 });
    const file = path.join(dir, 'index.html');
    expect(brotliDecompressSync(await readFile(`${file}.br`))).toEqual(page);
    expect(gunzipSync(await readFile(`${file}.gz`))).toEqual(page);
    await expect(stat(path.join(dir, 'tiny.txt.br'))).rejects.toThrow();
  });

  it('leaves alone a file whose siblings are as new as it is (a prerendered page), redoes a changed one', async () => {
    const dir = await fixture();
    await precompress(dir);
    const file = path.join(dir, 'index.html');
    const later = new Date(Date.now() + 60_000);
    await utimes(file, later, later);
    expect(await precompress(dir)).toEqual({ written: 1, fresh: 1 });
  });
});

describe('assetQuality', () => {
  it('spends the maximum on files readers fetch, not on multi-megabyte sitemaps', () => {
    expect(assetQuality(300 * 1024)).toBe(ASSET_BROTLI_QUALITY);
    expect(assetQuality(LARGE_FILE_BYTES + 1)).toBe(PAGE_BROTLI_QUALITY);
  });
});
