/**
 * Runs jobs across worker threads, a batch at a time: a worker asks for the
 * next batch when it finishes one, so a slow slice (long pages, a busy core)
 * does not hold the others back. The first job that fails stops every
 * worker and fails the run with that job's name and error.
 */
import { parentPort, Worker } from 'node:worker_threads';
import { threadCpuMs } from './threadCpu';

/**
 * What a worker posts back: a batch finished, with the CPU its thread had
 * used once its module had loaded and has used so far, or the job that failed.
 */
export type WorkerReply = { done: number; startCpuMs: number | null; cpuMs: number | null } | { failed: string; error: string };

export interface PoolResult {
  done: number;
  /** CPU time of the worker threads, summed; null where a thread cannot read its own (not Linux). */
  cpuMs: number | null;
  /** The part of cpuMs the workers spent starting (loading the app) before their first job. */
  startCpuMs: number | null;
}

export interface PoolOptions<J> {
  /** The worker's module; it answers each batch (a J[] message) with one WorkerReply. */
  script: URL | string;
  workerData?: unknown;
  /** Pulled a batch at a time, so a generator's jobs exist only while they are in flight. */
  jobs: Iterable<J>;
  threads: number;
  batchSize: number;
}

/** `jobs` in order, `size` at a time, made as they are asked for. */
export function* batches<J>(jobs: Iterable<J>, size: number): Generator<J[]> {
  if (!(size >= 1)) throw new RangeError(`batch size must be at least 1, got ${size}`);
  let batch: J[] = [];
  for (const job of jobs) {
    batch.push(job);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/** Never more workers than batches: each one costs a copy of the app. */
export function threadCount(wanted: number, batchCount: number): number {
  return Math.max(1, Math.min(Math.floor(wanted), batchCount));
}

export function runPool<J>({ script, workerData, jobs, threads, batchSize }: PoolOptions<J>): Promise<PoolResult> {
  const source = batches(jobs, batchSize);
  // The first batch of each worker, taken up front to know how many workers are worth starting.
  const first: J[][] = [];
  for (let i = 0; i < Math.max(1, Math.floor(threads)); i++) {
    const next = source.next();
    if (next.done) break;
    first.push(next.value);
  }
  if (first.length === 0) return Promise.resolve({ done: 0, cpuMs: 0, startCpuMs: 0 });
  const take = (): J[] | undefined => first.shift() ?? source.next().value ?? undefined;
  return new Promise((resolve, reject) => {
    const workers: Worker[] = [];
    /** Workers stopped because the queue ran dry; any other exit lost a batch. */
    const retired = new Set<Worker>();
    let done = 0;
    /** Each worker's latest CPU figures: they count from the thread's start, so the last ones hold it all. */
    const cpu = new Map<Worker, { startCpuMs: number | null; cpuMs: number | null }>();
    let live = 0;
    let failed = false;
    const fail = (error: Error) => {
      if (failed) return;
      failed = true;
      for (const w of workers) void w.terminate();
      reject(error);
    };
    const feed = (worker: Worker) => {
      let next: J[] | undefined;
      try {
        next = take();
      } catch (error) {
        // Making a job failed (a page's head, say): the run fails as a worker's error would.
        fail(error instanceof Error ? error : new Error(String(error)));
        return;
      }
      if (next) worker.postMessage(next);
      else {
        retired.add(worker);
        void worker.terminate();
      }
    };
    // Counted once: each worker started below takes one of `first` at once, so first.length shrinks in the loop.
    const count = threadCount(threads, first.length);
    for (let i = 0; i < count; i++) {
      const worker = new Worker(script, { workerData });
      workers.push(worker);
      live++;
      worker.on('message', (reply: WorkerReply) => {
        if ('failed' in reply) fail(new Error(`${reply.failed}: ${reply.error}`));
        else {
          done += reply.done;
          cpu.set(worker, { startCpuMs: reply.startCpuMs, cpuMs: reply.cpuMs });
          feed(worker);
        }
      });
      worker.on('error', (error) => fail(error));
      worker.on('exit', (code) => {
        live--;
        if (failed) return;
        if (!retired.has(worker)) fail(new Error(`a worker exited (code ${code}) before its work was done`));
        else if (live === 0) {
          const figures = [...cpu.values()];
          resolve({ done, cpuMs: totalCpu(figures.map((f) => f.cpuMs)), startCpuMs: totalCpu(figures.map((f) => f.startCpuMs)) });
        }
      });
      feed(worker);
    }
  });
}

function totalCpu(figures: Iterable<number | null>): number | null {
  let total = 0;
  for (const ms of figures) {
    if (ms === null) return null;
    total += ms;
  }
  return total;
}

/**
 * The worker's side: handles each batch's jobs in order and replies once per
 * batch, or with the first job that failed, named by `name`.
 */
export function serveBatches<J>(handle: (job: J) => Promise<void>, name: (job: J) => string): void {
  const port = parentPort;
  if (!port) throw new Error('serveBatches runs in a worker thread');
  // Called once the worker's module graph (the whole app, for a render worker) has loaded.
  const startCpuMs = threadCpuMs();
  port.on('message', async (batch: J[]) => {
    for (const job of batch) {
      try {
        await handle(job);
      } catch (error) {
        const reply: WorkerReply = { failed: name(job), error: error instanceof Error ? error.message : String(error) };
        port.postMessage(reply);
        return;
      }
    }
    const reply: WorkerReply = { done: batch.length, startCpuMs, cpuMs: threadCpuMs() };
    port.postMessage(reply);
  });
}
