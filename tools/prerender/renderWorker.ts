/**
 * A render worker (prerender.ts starts one per core): the app's server entry,
 * its fetch answered from the built API, rendering the batches of page jobs
 * it is sent. ssrBuild.ts bundles this file with the app, so the worker runs
 * plain JavaScript without a TypeScript loader.
 */
import { workerData } from 'node:worker_threads';
import * as entry from '../../src/entry-server';
import type { CspFile } from '../csp/policy';
import { apiFileFetch, recordingFetch } from './apiFetch';
import type { PageJob } from './pages';
import { pageWriter } from './pageWriter';
import { serveBatches } from './workerPool';

export interface RenderWorkerData {
  distDir: string;
  apiDir: string;
  template: string;
  headOnlyTemplate: string;
  policy: CspFile;
}

const { distDir, apiDir, template, headOnlyTemplate, policy } = workerData as RenderWorkerData;
const api = recordingFetch(apiFileFetch(apiDir, entry.apiBase));
globalThis.fetch = api.fetch;
serveBatches(pageWriter({ entry, template, headOnlyTemplate, policy, distDir, takeFetched: api.take }), (job: PageJob) => job.url);
