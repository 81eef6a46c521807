/** Test jobs: a URL, and whether handling it fails, or kills the worker outright. */
import { workerData } from 'node:worker_threads';
import { serveBatches } from '../workerPool';

export interface TestJob {
  url: string;
  outcome: 'ok' | 'throw' | 'exit';
}

// Counts the workers that started, when the test hands one a shared counter.
const started = (workerData as { started?: SharedArrayBuffer } | undefined)?.started;
if (started) Atomics.add(new Int32Array(started), 0, 1);

serveBatches<TestJob>(async ({ outcome }) => {
  if (outcome === 'throw') throw new Error('the article file is not valid JSON');
  if (outcome === 'exit') process.exit(3);
}, (job) => job.url);
