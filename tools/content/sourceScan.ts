/**
 * Every source file and its stamp. At 100,000 files listing and stat-ing
 * take ~0.8 s of CPU, about twice as long as loading the build cache. So,
 * bundled, two worker threads share the scan (each walks half of the
 * edition/section folders) while this thread loads the cache, and the
 * machine's second core is not idle once the cache is loaded. As
 * TypeScript, starting workers (tsx) would cost more than they save, so
 * the same plan runs here.
 */
import type { BuildCache } from './buildCache';
import { collectMarkdown } from './corpus';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Stamp } from './stamps';
import { bundled, startWorker } from './workers';

export interface SourceScan {
  files: string[];
  /** mtimeMs and size of each file, back to back: one transferable buffer instead of 100,000 objects to clone. */
  stamps: Float64Array<ArrayBuffer>;
}

const SCAN_WORKERS = 2;

/** Sorts and stats files. */
function stampFiles(files: string[]): SourceScan {
  files.sort();
  const stamps = new Float64Array(files.length * 2);
  // Straight into the array: 100,000 stamp objects that live until the last stat cost the young GC ~0.1 s.
  for (let i = 0; i < files.length; i++) {
    const { mtimeMs, size } = statSync(files[i]!);
    stamps[i * 2] = mtimeMs;
    stamps[i * 2 + 1] = size;
  }
  return { files, stamps };
}

/** Every source below these folders, sorted, with its stamp (what a scan worker does). */
export function scanFolders(dirs: readonly string[]): SourceScan {
  const files: string[] = [];
  for (const dir of dirs) collectMarkdown(dir, files);
  return stampFiles(files);
}

/**
 * How a scan is shared out: the sources in articles/ and its edition
 * folders themselves, and the folders one level further down (sections),
 * each walked whole by one worker.
 */
export function scanPlan(articlesDir: string): { files: string[]; folders: string[] } {
  const files: string[] = [];
  const folders: string[] = [];
  if (!statSync(articlesDir, { throwIfNoEntry: false })?.isDirectory()) return { files, folders };
  const visit = (dir: string, depth: number) => {
    for (const item of readdirSync(dir, { withFileTypes: true })) {
      const full = `${dir}${path.sep}${item.name}`;
      if (item.isDirectory()) {
        if (depth === 0) visit(full, 1);
        else folders.push(full);
      } else if (item.name.endsWith('.md')) files.push(full);
    }
  };
  visit(articlesDir, 0);
  return { files, folders: folders.sort() };
}

/** Sorted scans of disjoint file sets as one sorted scan, sorted by path as strings compare. */
export function mergeScans(scans: readonly SourceScan[]): SourceScan {
  const total = scans.reduce((sum, scan) => sum + scan.files.length, 0);
  const files: string[] = new Array<string>(total);
  const stamps = new Float64Array(total * 2);
  const next = scans.map(() => 0);
  for (let out = 0; out < total; out++) {
    let from = -1;
    for (let k = 0; k < scans.length; k++) {
      const file = scans[k]!.files[next[k]!];
      if (file !== undefined && (from === -1 || file < scans[from]!.files[next[from]!]!)) from = k;
    }
    const i = next[from]!++;
    files[out] = scans[from]!.files[i]!;
    stamps[out * 2] = scans[from]!.stamps[i * 2]!;
    stamps[out * 2 + 1] = scans[from]!.stamps[i * 2 + 1]!;
  }
  return { files, stamps };
}

/** The folders of a plan, dealt out to `count` workers in turn. */
function deal(folders: readonly string[], count: number): string[][] {
  const shares = Array.from({ length: count }, (): string[] => []);
  folders.forEach((folder, i) => shares[i % count]!.push(folder));
  return shares;
}

export function scanNow(articlesDir: string): SourceScan {
  const plan = scanPlan(articlesDir);
  return mergeScans([stampFiles(plan.files), scanFolders(plan.folders)]);
}

function scanInWorker(folders: readonly string[]): Promise<SourceScan> {
  const worker = startWorker('scanWorker');
  return new Promise<SourceScan>((resolve, reject) => {
    worker.once('message', (reply: { ok?: SourceScan; error?: string }) => {
      if (reply.ok) resolve(reply.ok);
      else reject(new Error(reply.error));
    });
    worker.once('error', reject);
    worker.postMessage(folders);
  }).finally(() => void worker.terminate());
}

/** Starts the scan; await the answer once the cache is loaded. */
export function scanSources(articlesDir: string): Promise<SourceScan> {
  if (!bundled) return Promise.resolve(scanNow(articlesDir));
  const plan = scanPlan(articlesDir);
  const workers = deal(plan.folders, SCAN_WORKERS).map(scanInWorker);
  return Promise.all(workers).then((scans) => mergeScans([stampFiles(plan.files), ...scans]));
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

  /** `files` is sorted (mergeScans): a binary search. */
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
