/**
 * Writes one HTML page per canonical address into dist/, rendered by the
 * app's own components from the built API in worker threads (one per core),
 * plus the not-found pages (dist/404.html, dist/<lang>/404.html) and the
 * route table (dist/routes.json, dist/routes-map.nginx.conf).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { readPolicy } from '../csp/check';
import { pageProblems } from '../csp/pageProblems';
import { nginxRoutesFile, renderNginxRouteMaps } from '../server/nginxRoutes';
import { routesFile } from '../server/routes';
import { writeCompressedSiblings } from '../precompress/compress';
import type { ApiSnapshot } from './apiSnapshot';
import { headOnlyShell } from './document';
import { pageJobs, routeTable } from './pages';
import type { RenderWorkerData } from './renderWorker';
import { prerenderWindow } from './window';
import { runPool, type PoolResult } from './workerPool';

/** Pages per message to a worker: small enough to balance the cores, large enough that messages cost nothing. */
const BATCH_SIZE = 50;

/** DATELINE_PRERENDER_THREADS overrides one worker per core (to measure, or to leave a core to something else). */
export function renderThreads(env: NodeJS.ProcessEnv = process.env): number {
  const wanted = Number(env.DATELINE_PRERENDER_THREADS);
  return Number.isInteger(wanted) && wanted > 0 ? wanted : availableParallelism();
}

export interface PrerenderResult {
  /** The files written (relative to dist/, `/`-separated), every one already checked against the CSP. */
  written: Set<string>;
  /** How many of them were rendered; the rest are head-only (window.ts). */
  rendered: number;
  /** CPU time of the render workers (null off Linux): the figure that shows what a page costs on a busy machine. */
  cpuMs: number | null;
  /** The part of cpuMs spent loading the app in each worker, before the first page. */
  startCpuMs: number | null;
}

export async function prerender(worker: URL, snapshot: ApiSnapshot, distDir: string): Promise<PrerenderResult> {
  const template = await readFile(path.join(distDir, 'index.html'), 'utf8');
  const { template: headOnlyTemplate, stylesheet } = headOnlyShell(template);
  if (stylesheet) {
    const body = Buffer.from(stylesheet.css);
    const file = path.join(distDir, stylesheet.file);
    await writeFile(file, body);
    await writeCompressedSiblings(file, body);
  }
  const policy = await readPolicy(distDir);
  // The workers check each head-only page by its head alone (pageWriter.ts): the frame they put it in is checked here, once.
  const problems = pageProblems(headOnlyTemplate, policy);
  if (problems.length > 0) throw new Error(`prerender: the head-only shell breaks the Content-Security-Policy: it ${problems.join('; it ')}`);
  const data: RenderWorkerData = { distDir, apiDir: path.resolve(snapshot.apiDir), template, headOnlyTemplate, policy };
  const written = new Set<string>();
  let rendered = 0;
  function* jobs() {
    for (const job of pageJobs(snapshot, prerenderWindow())) {
      written.add(job.file);
      if (job.rendered) rendered++;
      yield job;
    }
  }
  let pool: PoolResult;
  try {
    pool = await runPool({ script: worker, workerData: data, jobs: jobs(), threads: renderThreads(), batchSize: BATCH_SIZE });
  } catch (error) {
    throw new Error(`prerender: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  // The same table twice: for `npm start`, and as maps deploy/nginx.conf includes.
  const table = routeTable(snapshot);
  await writeFile(path.join(distDir, routesFile), `${JSON.stringify(table)}\n`);
  await writeFile(path.join(distDir, nginxRoutesFile), renderNginxRouteMaps(table));
  return { written, rendered, cpuMs: pool.cpuMs, startCpuMs: pool.startCpuMs };
}
