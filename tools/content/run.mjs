/**
 * node tools/content/run.mjs <cli.ts arguments>: the content CLI without tsx,
 * from a bundle kept fresh by bundle.mjs (tsx when esbuild is missing).
 * `run.mjs bundle` only brings the bundle up to date (benchmarks call it
 * first, so they time builds, not bundling).
 */
import process from 'node:process';
import { pathToFileURL } from 'node:url';
import { bundledCli } from './bundle.mjs';

const cli = await bundledCli();
if (process.argv[2] === 'bundle') process.exit(0);
if (cli) {
  await import(pathToFileURL(cli).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('./cli.ts');
}
