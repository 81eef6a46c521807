/**
 * tsx tools/precompress/cli.ts [DIR]
 *
 * Writes .br and .gz siblings of dist's text assets at maximum compression,
 * which `npm start` and nginx serve instead of compressing per request. The
 * JSON API is left to on-the-fly compression for now: a 100,000-article API
 * would add hundreds of thousands of files to every build.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const TEXT = /\.(js|mjs|css|html|svg|xml|txt|webmanifest)$/;
/** Below this, compression overhead outweighs the saving (the server's own threshold). */
const MIN_BYTES = 1024;

export async function precompress(dir: string): Promise<number> {
  const names = (await readdir(dir, { recursive: true })).filter((name) => TEXT.test(name) && !name.startsWith(`api${path.sep}`));
  let count = 0;
  for (const name of names) {
    const file = path.join(dir, name);
    const body = await readFile(file);
    if (body.length < MIN_BYTES) continue;
    await writeFile(`${file}.br`, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
    await writeFile(`${file}.gz`, gzipSync(body, { level: 9 }));
    count++;
  }
  return count;
}

const dir = path.resolve(process.argv[2] ?? 'dist');
const started = performance.now();
const count = await precompress(dir);
console.log(`precompress: ${count} files in ${dir} (.br and .gz) in ${Math.round(performance.now() - started)} ms`);
