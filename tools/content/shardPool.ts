/**
 * Spreads articles over ArticleShards: in worker threads when the corpus is
 * large enough to repay starting them (two, one per core of the target
 * machine), otherwise one shard in this thread. Each file stays with the
 * shard that parsed it, which keeps its body for the write pass.
 */
import type { Block } from '../../src/content-api/schemas';
import { receiveEntry, type ArticleEntry, type WireEntry } from './articleEntry';
import { ArticleShard, type ParseJob, type ParseResult, type WriteJob, type WriteResult } from './shard';
import { startWorker } from './workers';

type FileRef = { file: string; dirLang: string | null };

export type ShardRequest =
  | { type: 'parse'; jobs: ParseJob[] }
  | { type: 'bodies'; files: FileRef[] }
  | { type: 'write'; dir: string; summaries: string[]; jobs: WriteJob[]; skipSame: boolean };

/** An article file to write, as planned (ChangeSet.articleJobs). */
export interface ArticleJob {
  file: string;
  dirLang: string | null;
  related: readonly ArticleEntry[];
}

interface Shard {
  call<R>(request: ShardRequest): Promise<R>;
  close(): Promise<void>;
}

/** Below this many files one in-process shard is faster than starting workers. */
export const WORKER_THRESHOLD = 3000;

function localShard(): Shard {
  const shard = new ArticleShard();
  return {
    call: async <R>(request: ShardRequest): Promise<R> => {
      switch (request.type) {
        case 'parse':
          return shard.parse(request.jobs) as R;
        case 'bodies':
          return shard.bodiesOf(request.files) as R;
        case 'write':
          return shard.write(request.dir, request.summaries, request.jobs, request.skipSame) as R;
      }
    },
    close: async () => shard.clear(),
  };
}

function workerShard(): Shard {
  const worker = startWorker('parseWorker');
  // One request in flight per worker: the pool awaits each before sending the next.
  let pending: { resolve: (value: never) => void; reject: (error: Error) => void } | null = null;
  worker.on('message', (reply: { ok?: never; error?: string }) => {
    const waiting = pending;
    pending = null;
    if (reply.error !== undefined) waiting?.reject(new Error(reply.error));
    else waiting?.resolve(reply.ok!);
  });
  worker.on('error', (error) => pending?.reject(error));
  return {
    call: <R>(request: ShardRequest) =>
      new Promise<R>((resolve, reject) => {
        pending = { resolve: resolve as (value: never) => void, reject };
        worker.postMessage(request);
      }),
    close: async () => {
      await worker.terminate();
    },
  };
}

export class ShardPool {
  private readonly shards: Shard[];
  private readonly owner = new Map<string, number>();

  constructor(workers: number) {
    this.shards = workers > 0 ? Array.from({ length: workers }, workerShard) : [localShard()];
  }

  get size(): number {
    return this.shards.length;
  }

  async parse(jobs: readonly ParseJob[]): Promise<ParseResult<ArticleEntry>[]> {
    const parts = this.split(jobs, (job, shard) => this.owner.set(job.file, shard));
    const answers = await Promise.all(parts.map((part, i) => this.shards[i]!.call<ParseResult<WireEntry>[]>({ type: 'parse', jobs: part })));
    const results = answers.flat();
    for (const result of results) if (result.entry) receiveEntry(result.entry);
    return results as ParseResult<ArticleEntry>[];
  }

  async bodies(files: readonly FileRef[]): Promise<Map<string, Block[] | null>> {
    const parts = this.byOwner(files);
    const answers = await Promise.all(parts.map((part, i) => this.shards[i]!.call<(Block[] | null)[]>({ type: 'bodies', files: part })));
    return new Map(parts.flatMap((part, i) => part.map((ref, j) => [ref.file, answers[i]![j]!] as const)));
  }

  async write(dir: string, jobs: readonly ArticleJob[], skipSame: boolean): Promise<WriteResult> {
    const parts = this.byOwner(jobs);
    const results = await Promise.all(parts.map((part, i) => this.shards[i]!.call<WriteResult>({ type: 'write', dir, ...withSummaryTable(part), skipSame })));
    return { produced: results.reduce((n, r) => n + r.produced, 0), written: results.reduce((n, r) => n + r.written, 0) };
  }

  async close(): Promise<void> {
    await Promise.all(this.shards.map((s) => s.close()));
  }

  /** Contiguous runs keep each worker's files in one directory region, which the file system likes. */
  private split<T>(items: readonly T[], assign: (item: T, shard: number) => void): T[][] {
    const per = Math.ceil(items.length / this.shards.length);
    return this.shards.map((_, i) => {
      const part = items.slice(i * per, (i + 1) * per);
      for (const item of part) assign(item, i);
      return part;
    });
  }

  private byOwner<T extends { file: string }>(items: readonly T[]): T[][] {
    const parts = this.shards.map((): T[] => []);
    for (const item of items) parts[this.owner.get(item.file) ?? 0]!.push(item);
    return parts;
  }
}

/**
 * Related stories are the newest few of a section or tag, so a handful of
 * summaries recur in most article files: each is sent once, as text.
 */
function withSummaryTable(jobs: readonly ArticleJob[]): { summaries: string[]; jobs: WriteJob[] } {
  const places = new Map<ArticleEntry, number>();
  const summaries: string[] = [];
  const placeOf = (entry: ArticleEntry) => {
    let place = places.get(entry);
    if (place === undefined) {
      places.set(entry, (place = summaries.length));
      summaries.push(entry.summaryJson);
    }
    return place;
  };
  return { summaries, jobs: jobs.map((job) => ({ file: job.file, dirLang: job.dirLang, related: job.related.map(placeOf) })) };
}
