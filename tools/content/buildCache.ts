/**
 * What the last successful build saw and wrote, so the next one reads only
 * changed sources and rewrites only changed files. Kept outside the output
 * (node_modules/.cache/dateline by default), one file per output dir.
 * Any doubt (other compiler version, site.yaml, content dir, missing output)
 * means no cache and a full build.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ArticleEntry } from './articleEntry';
import { hashText } from './outputHash';
import type { Stamp } from './stamps';

/** Bump when the compiler's output for the same input changes. */
export const CACHE_VERSION = 1;
export const DEFAULT_CACHE_DIR = 'node_modules/.cache/dateline';

export interface CachedSource {
  stamp: Stamp;
  entry: ArticleEntry;
  /** The related ids the article file was written with. */
  relatedIds: string;
}

export interface BuildKey {
  version: number;
  siteHash: string;
  contentDir: string;
  outDir: string;
}

export interface BuildCache extends BuildKey {
  sources: Map<string, CachedSource>;
  /** API path -> hash of the input it was written from. */
  outputs: Map<string, string>;
}

interface StoredCache extends BuildKey {
  sources: [string, CachedSource][];
  outputs: [string, string][];
}

export function cacheFile(cacheDir: string, outDir: string): string {
  return path.join(path.resolve(cacheDir), `content-${hashText(path.resolve(outDir)).slice(0, 16)}.json`);
}

export async function loadCache(file: string, key: BuildKey): Promise<BuildCache | null> {
  if (!existsSync(path.join(key.outDir, 'site.json'))) return null;
  try {
    // JSON parses faster than v8.deserialize for this many small objects.
    const stored = JSON.parse(await readFile(file, 'utf8')) as StoredCache;
    const same = (Object.keys(key) as (keyof BuildKey)[]).every((k) => stored[k] === key[k]);
    return same ? { ...stored, sources: new Map(stored.sources), outputs: new Map(stored.outputs) } : null;
  } catch {
    return null;
  }
}

export async function saveCache(file: string, cache: BuildCache): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  const stored: StoredCache = { ...cache, sources: [...cache.sources], outputs: [...cache.outputs] };
  await writeFile(temp, JSON.stringify(stored));
  await rename(temp, file);
}

export async function dropCache(file: string): Promise<void> {
  await rm(file, { force: true });
}
