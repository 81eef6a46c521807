/** Test jobs: a URL, and whether handling it fails, or kills the worker outright. */
import { serveBatches } from '../workerPool';

export interface TestJob {
  url: string;
  outcome: 'ok' | 'throw' | 'exit';
}

serveBatches<TestJob>(async ({ outcome }) => {
  if (outcome === 'throw') throw new Error('the article file is not valid JSON');
  if (outcome === 'exit') process.exit(3);
}, (job) => job.url);
