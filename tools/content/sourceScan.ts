/**
 * Every source file and its stamp. At 100,000 files listing and stat-ing
 * take ~0.8 s, as long as loading the build cache: bundled, a worker thread
 * does it while this thread loads the cache. As TypeScript, starting a
 * worker (tsx) would cost more than it saves, so it runs here.
 */
import type { BuildCache } from './buildCache';
import { listArticleFiles } from './corpus';
import { statSync } from 'node:fs';
import type { Stamp } from './stamps';
import { bundled, startWorker } from './workers';

export interface SourceScan {
  files: string[];
  /** mtimeMs and size of each file, back to back: one transferable buffer instead of 100,000 objects to clone. */
  stamps: Float64Array<ArrayBuffer>;
}

export function scanNow(articlesDir: string): SourceScan {
  const files = listArticleFiles(articlesDir);
  const stamps = new Float64Array(files.length * 2);
  // Straight into the array: 100,000 stamp objects that live until the last stat cost the young GC ~0.1 s.
  for (let i = 0; i < files.length; i++) {
    const { mtimeMs, size } = statSync(files[i]!);
    stamps[i * 2] = mtimeMs;
    stamps[i * 2 + 1] = size;
  }
  return { files, stamps };
}

/** Starts the scan; await the answer once the cache is loaded. */
export function scanSources(articlesDir: string): Promise<SourceScan> {
  if (!bundled) return Promise.resolve(scanNow(articlesDir));
  const worker = startWorker('scanWorker');
  return new Promise<SourceScan>((resolve, reject) => {
    worker.once('message', (reply: { ok?: SourceScan; error?: string }) => {
      if (reply.ok) resolve(reply.ok);
      else reject(new Error(reply.error));
    });
    worker.once('error', reject);
    worker.postMessage(articlesDir);
  }).finally(() => void worker.terminate());
}

/** The scan as the build reads it: no 100,000-entry map of stamp objects, which cost ~0.2 s to build. */
export class Sources {
  readonly files: readonly string[];
  private readonly stamps: Float64Array;

  constructor(scan: SourceScan) {
    ({ files: this.files, stamps: this.stamps } = scan);
  }

  stampAt(i: number): Stamp {
    return { mtimeMs: this.stamps[i * 2]!, size: this.stamps[i * 2 + 1]! };
  }

  /** `files` is sorted (listArticleFiles): a binary search. */
  stampOf(file: string): Stamp {
    let [low, high] = [0, this.files.length - 1];
    while (low <= high) {
      const mid = (low + high) >>> 1;
      const here = this.files[mid]!;
      if (here === file) return this.stampAt(mid);
      if (here < file) low = mid + 1;
      else high = mid - 1;
    }
    throw new Error(`compiler bug: ${file} is not a source`);
  }

  /** The files that must be parsed: new or changed since the cached build (all of them without a cache). */
  changedSince(cache: BuildCache | null): string[] {
    const { files, stamps } = this;
    if (!cache) return [...files];
    const rows = cache.sources.align(files);
    const changed: string[] = [];
    for (let i = 0; i < files.length; i++) {
      const row = rows[i]!;
      if (row === -1 || !cache.sources.sameStampAt(row, stamps, i)) changed.push(files[i]!);
    }
    return changed;
  }
}
