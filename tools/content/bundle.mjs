/**
 * The compiler as plain JavaScript: cli.ts and parseWorker.ts bundled by
 * esbuild (already installed for tsx) into node_modules/.cache/dateline.
 * Registering tsx and compiling ~60 TypeScript modules costs ~1 s of CPU in
 * every run and in every worker thread; a one-article rebuild must fit in 2 s.
 *
 * The bundle is used only while fresh: every input esbuild read (sources
 * and packages alike) still has the size and mtime it had at bundle time.
 * Otherwise it is rebuilt (~0.3 s), so editing the compiler needs no manual
 * step. Each bundle lives in a folder named after its inputs' stamps and is
 * never changed once there, so a run still using an older bundle (its worker
 * threads load files from that folder later) is not disturbed by a rebuild.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
// node_modules may be shared by several checkouts (symlinked): one cache folder per checkout.
const cacheDir = path.join(root, 'node_modules/.cache/dateline', `compiler-${hash(root).slice(0, 12)}`);
const pointer = path.join(cacheDir, 'current.json');
const ENTRIES = ['cli', 'parseWorker', 'scanWorker'];
/** Folders older than this that are not the current bundle are removed at the next rebuild. */
const STALE_MS = 60 * 60 * 1000;

function hash(text) {
  return createHash('sha256').update(text).digest('hex');
}

const stampOf = (file) => {
  const s = statSync(path.resolve(root, file), { throwIfNoEntry: false });
  return s ? `${s.size}:${s.mtimeMs}` : 'missing';
};

/** The current bundle's cli.mjs if every input is unchanged, else null. */
function freshBundle() {
  try {
    const current = JSON.parse(readFileSync(pointer, 'utf8'));
    const dir = path.join(cacheDir, current.dir);
    const fresh = current.inputs.every(([file, stamp]) => stampOf(file) === stamp) && ENTRIES.every((name) => existsSync(path.join(dir, `${name}.mjs`)));
    return fresh ? path.join(dir, 'cli.mjs') : null;
  } catch {
    return null;
  }
}

async function rebuild() {
  const { build } = await import('esbuild');
  mkdirSync(cacheDir, { recursive: true });
  const temp = path.join(cacheDir, `.tmp-${process.pid}`);
  rmSync(temp, { recursive: true, force: true });
  const result = await build({
    absWorkingDir: root,
    entryPoints: ENTRIES.map((name) => `tools/content/${name}.ts`),
    outdir: temp,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: `node${process.versions.node.split('.')[0]}`,
    metafile: true,
    logLevel: 'error',
    // Packages that still call require() need one in an ES module.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  });
  const inputs = Object.keys(result.metafile.inputs)
    .filter((file) => !file.includes(':'))
    .sort()
    .map((file) => [file, stampOf(file)]);
  const name = hash(JSON.stringify(inputs)).slice(0, 16);
  const dir = path.join(cacheDir, name);
  try {
    renameSync(temp, dir);
  } catch (error) {
    // Another run bundled the same inputs first: use its folder.
    if (!existsSync(dir)) throw error;
    rmSync(temp, { recursive: true, force: true });
  }
  const next = `${pointer}.${process.pid}`;
  writeFileSync(next, JSON.stringify({ dir: name, inputs }));
  renameSync(next, pointer);
  for (const item of readdirSync(cacheDir)) {
    const full = path.join(cacheDir, item);
    if (item !== name && item !== 'current.json' && Date.now() - statSync(full).mtimeMs > STALE_MS) rmSync(full, { recursive: true, force: true });
  }
  return path.join(dir, 'cli.mjs');
}

/** Path of a fresh bundled cli.mjs, building it first if needed; null when esbuild is not there (the caller falls back to tsx). */
export async function bundledCli() {
  const fresh = freshBundle();
  if (fresh) return fresh;
  try {
    return await rebuild();
  } catch (error) {
    if (error?.code === 'ERR_MODULE_NOT_FOUND') return null;
    throw error;
  }
}
