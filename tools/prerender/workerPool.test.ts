import { describe, expect, it } from 'vitest';
import type { TestJob } from './testing/poolWorker';
import { batches, runPool, threadCount } from './workerPool';

const script = new URL('./testing/poolWorker.mjs', import.meta.url);
const jobs = (n: number, outcome: (i: number) => TestJob['outcome'] = () => 'ok'): TestJob[] =>
  Array.from({ length: n }, (_, i) => ({ url: `/en/news/${i}`, outcome: outcome(i) }));

describe('batches', () => {
  it('splits jobs in order, the last batch holding the rest', () => {
    expect([...batches([1, 2, 3, 4, 5], 2)]).toEqual([[1, 2], [3, 4], [5]]);
    expect([...batches([], 50)]).toEqual([]);
  });

  it('refuses a batch size that would never finish', () => {
    expect(() => [...batches([1], 0)]).toThrow(RangeError);
  });
});

describe('threadCount', () => {
  it('starts no more workers than there are batches, and at least one', () => {
    expect(threadCount(2, 1)).toBe(1);
    expect(threadCount(2, 10)).toBe(2);
    expect(threadCount(0, 10)).toBe(1);
  });
});

describe('runPool', () => {
  it('runs every job across the workers', async () => {
    expect((await runPool({ script, jobs: jobs(23), threads: 2, batchSize: 5 })).done).toBe(23);
  });

  it('starts as many workers as it is asked for when there are batches enough', async () => {
    const started = new SharedArrayBuffer(4);
    expect((await runPool({ script, workerData: { started }, jobs: jobs(20), threads: 2, batchSize: 5 })).done).toBe(20);
    expect(Atomics.load(new Int32Array(started), 0)).toBe(2);
  });

  it('sums the CPU time of the worker threads', async () => {
    const { cpuMs, startCpuMs } = await runPool({ script, jobs: jobs(20), threads: 2, batchSize: 5 });
    // Starting a worker and loading its module alone takes CPU; off Linux there is no figure.
    if (process.platform === 'linux') {
      expect(startCpuMs).toBeGreaterThan(0);
      expect(cpuMs).toBeGreaterThanOrEqual(startCpuMs ?? Infinity);
    } else expect([cpuMs, startCpuMs]).toEqual([null, null]);
  });

  it('pulls jobs from a generator only as workers ask for them', async () => {
    let made = 0;
    function* lazy(): Generator<TestJob> {
      for (let i = 0; i < 40; i++) {
        made++;
        yield { url: `/en/news/${i}`, outcome: 'ok' };
      }
    }
    const source = lazy();
    const run = runPool({ script, jobs: source, threads: 2, batchSize: 4 });
    expect(made).toBe(8);
    expect((await run).done).toBe(40);
  });

  it('fails when making a job fails', async () => {
    function* broken(): Generator<TestJob> {
      yield* jobs(9);
      throw new Error('no head for /en/news/9');
    }
    await expect(runPool({ script, jobs: broken(), threads: 2, batchSize: 3 })).rejects.toThrow('no head for /en/news/9');
  });

  it('finishes at once with no jobs', async () => {
    expect((await runPool({ script, jobs: [], threads: 2, batchSize: 5 })).done).toBe(0);
  });

  it('fails with the URL of the page that failed and why', async () => {
    const run = runPool({ script, jobs: jobs(12, (i) => (i === 7 ? 'throw' : 'ok')), threads: 2, batchSize: 3 });
    await expect(run).rejects.toThrow('/en/news/7: the article file is not valid JSON');
  });

  it('fails when a worker dies with its batch unfinished', async () => {
    const run = runPool({ script, jobs: jobs(6, (i) => (i === 4 ? 'exit' : 'ok')), threads: 2, batchSize: 2 });
    await expect(run).rejects.toThrow(/a worker exited \(code 3\) before its work was done/);
  });
});
