/**
 * tsx tools/precompress/cli.ts [DIR]
 *
 * Writes .br and .gz siblings of dist's text assets, which `npm start` and
 * nginx serve instead of compressing per request. It runs between `vite
 * build` and the prerender (package.json's "build"), which compresses what it
 * writes itself: rendered pages as they are written (compress.ts), sitemaps
 * and feeds likewise, and head-only pages not at all (the server does, as
 * for the API). A file whose siblings are already as new as it is skipped. The JSON API is
 * left to on-the-fly compression for now: a 100,000-article API would add
 * hundreds of thousands of files to every build.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { TEXT, writeCompressedSiblings } from './compress';
import { distFiles } from './distFiles';

async function mtime(file: string): Promise<number> {
  return stat(file).then((s) => s.mtimeMs, () => -1);
}

async function isFresh(file: string): Promise<boolean> {
  const own = await mtime(file);
  const [br, gz] = await Promise.all([mtime(`${file}.br`), mtime(`${file}.gz`)]);
  return br >= own && gz >= own;
}

export async function precompress(dir: string): Promise<{ written: number; fresh: number }> {
  let written = 0;
  let fresh = 0;
  for (const name of await distFiles(dir, (n) => TEXT.test(n))) {
    const file = path.join(dir, name);
    if (await isFresh(file)) {
      fresh++;
      continue;
    }
    if (await writeCompressedSiblings(file, await readFile(file))) written++;
  }
  return { written, fresh };
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const dir = path.resolve(process.argv[2] ?? 'dist');
  const started = performance.now();
  const { written, fresh } = await precompress(dir);
  console.log(`precompress: ${written} files in ${dir} (.br and .gz), ${fresh} already compressed, in ${Math.round(performance.now() - started)} ms`);
}
