/**
 * tsx tools/prerender/cli.ts all|pages|discovery [--dist DIR]
 *
 * Runs after `vite build`, reading DIR/api/v1 (default dist): `pages` builds
 * the render worker and prerenders every page (each checked against the
 * Content-Security-Policy and precompressed as it is written; pages outside
 * the window of window.ts get the shell with their own head), after checking
 * dist's own HTML pages against the policy; `discovery` writes sitemaps,
 * robots.txt and feeds; `all` does both. SITE_ORIGIN sets the absolute
 * addresses (docs/seo.md); DATELINE_PRERENDER_THREADS the worker count,
 * DATELINE_PRERENDER_ARTICLES and DATELINE_PRERENDER_LISTING_PAGES the window.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { siteOrigin } from '../../src/seo';
import { checkDist, describeProblems } from '../csp/check';
import { readApiSnapshot } from './apiSnapshot';
import { discoveryFiles, writeSiteFiles } from './discovery';
import { prerender } from './prerender';
import { buildRenderWorker } from './ssrBuild';

const USAGE = 'usage: cli.ts all|pages|discovery [--dist DIR]';

// The render workers inherit it: React and TanStack Query load their development builds without it, and
// pages then cost ~1.8x the CPU (measured: 38 against 21 ms a page). Vite's build of the worker sets it too, but only as a side effect.
process.env.NODE_ENV = 'production';

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command !== 'all' && command !== 'pages' && command !== 'discovery') {
    console.error(USAGE);
    return 2;
  }
  const { values } = parseArgs({ args: rest, options: { dist: { type: 'string' } } });
  const distDir = path.resolve(values.dist ?? 'dist');
  const ms = (since: number) => `${Math.round(performance.now() - since)} ms`;
  let started = performance.now();
  // Both at once: Vite's build of the worker does much of its work off this thread, in Rolldown's own.
  const [snapshot, worker] = await Promise.all([
    readApiSnapshot(path.join(distDir, 'api', 'v1')),
    command === 'discovery' ? null : buildRenderWorker(process.cwd()),
  ]);
  console.log(`prerender: API read${worker ? ' and render worker built' : ''} in ${ms(started)}`);

  if (worker) {
    // dist's own pages first (the shell; in a dist prerendered before, the old pages too): a walk of a dist/
    // holding 135,000 pages took ~20 s, against nothing before they are written. Each page written is checked
    // by the worker that writes it.
    const before = await checkDist(distDir);
    if (before.problems.length > 0) throw new Error(describeProblems(before.problems));
    started = performance.now();
    const { written, rendered, cpuMs, startCpuMs } = await prerender(worker, snapshot, distDir);
    const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
    const cpu =
      cpuMs === null || startCpuMs === null
        ? ''
        : `; render workers ${s(cpuMs)} CPU (${s(startCpuMs)} starting), ${((cpuMs - startCpuMs) / written.size).toFixed(1)} ms a page`;
    const headOnly = written.size - rendered;
    console.log(`prerender: ${written.size} pages for ${siteOrigin} (${rendered} rendered, ${headOnly} head-only) in ${ms(started)}${cpu}`);
    console.log(`csp: ${written.size} pages written and ${before.pages} others carry the policy and run nothing it forbids`);
  }
  if (command !== 'pages') {
    const started = performance.now();
    const files = discoveryFiles(snapshot, siteOrigin);
    await writeSiteFiles(distDir, files);
    console.log(`discovery: ${files.size} files in ${ms(started)}`);
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
