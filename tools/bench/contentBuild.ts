/**
 * Content build figures for generated corpora: wall time and peak memory of a
 * full build (a child process under /usr/bin/time -v), then of a rebuild after
 * one article changes, plus the largest listing files.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { appendFile, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseTimeV } from './fullBuild';

export interface BuildFigures {
  articles: number;
  fullS: number;
  /** User + system CPU seconds: on a shared machine wall time mostly measures the others' load. */
  fullCpuS: number;
  fullPeakMb: number;
  incrementalS: number;
  incrementalCpuS: number;
  incrementalPeakMb: number;
  incrementalWritten: string;
  largestSectionPage: number;
  largestSidebar: number;
  largestFile: number;
}

const WORK = path.join(os.tmpdir(), 'dateline-bench');
const SET_ASIDE = path.join(WORK, 'set-aside');

/**
 * Moves a previous output out of the way instead of deleting it just before
 * the timed build. / is ext4 without a journal: for 30-330 s after a delete,
 * creating a file scans past every recently deleted inode of its group
 * (recently_deleted() in ext4's ialloc.c) while the other threads spin on
 * the directory lock. perf of a slow 100k build: ~32 % of samples in that
 * scan, ~10 % spinning (67 s kernel CPU against 12-17 s in builds that
 * followed no large delete). 10k, same output path: 10.4 s kernel CPU right
 * after `rm -rf` of the old output, 2.7 s without. The folder is removed when
 * this process has nothing left to do; an interrupted run's leftovers go too.
 */
let removalScheduled = false;
async function setAside(dir: string): Promise<void> {
  if (!existsSync(dir)) return;
  await mkdir(SET_ASIDE, { recursive: true });
  await rename(dir, path.join(SET_ASIDE, `${path.basename(dir)}-${process.pid}-${Date.now()}`));
  if (removalScheduled) return;
  removalScheduled = true;
  process.once('beforeExit', () => void rm(SET_ASIDE, { recursive: true, force: true }));
}

function timed(args: string[]): { seconds: number; cpuSeconds: number; peakMb: number; stdout: string } {
  const run = spawnSync('/usr/bin/time', ['-v', process.execPath, 'tools/content/run.mjs', ...args], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`content ${args.join(' ')} failed:\n${run.stderr}`);
  const { seconds, cpuSeconds, peakMb } = parseTimeV(run.stderr);
  console.error(`bench: content ${args[0]}: ${seconds.toFixed(1)} s wall, ${cpuSeconds.toFixed(1)} s CPU (user+sys), peak ${Math.round(peakMb)} MB`);
  return { seconds, cpuSeconds, peakMb, stdout: run.stdout };
}

async function largest(dir: string, test: (file: string) => boolean): Promise<number> {
  const names = (await readdir(dir, { recursive: true })).filter(test);
  let max = 0;
  for (const name of names) max = Math.max(max, (await stat(path.join(dir, name))).size);
  return max;
}

export async function contentBuild(count: number): Promise<BuildFigures> {
  // The compiler runs bundled (tools/content/bundle.mjs); bundle first, so the timed runs do not include it.
  const bundling = spawnSync(process.execPath, ['tools/content/run.mjs', 'bundle'], { encoding: 'utf8' });
  if (bundling.status !== 0) throw new Error(`bundling the content compiler failed:\n${bundling.stderr}`);
  const content = path.join(WORK, `content-${count}`);
  const out = path.join(WORK, `out-${count}`, 'v1');
  if (!existsSync(path.join(content, 'site.yaml'))) timed(['generate', '--count', String(count), '--out', content]);
  // No output means no usable cache: a full build.
  await setAside(path.dirname(out));
  const full = timed(['build', '--content', content, '--out', out]);

  const politics = path.join(content, 'articles', 'en', 'politics');
  const victim = path.join(politics, (await readdir(politics)).sort()[Math.floor(count / 12)]!);
  const original = await readFile(victim, 'utf8');
  await appendFile(victim, '\nA paragraph added by the benchmark.\n');
  let incremental: ReturnType<typeof timed>;
  try {
    incremental = timed(['build', '--content', content, '--out', out]);
  } finally {
    await writeFile(victim, original);
  }
  const isSidebar = (f: string) => /(most-visited|top|top-stories)\.json$/.test(f);
  return {
    articles: count,
    fullS: full.seconds,
    fullCpuS: full.cpuSeconds,
    fullPeakMb: full.peakMb,
    incrementalS: incremental.seconds,
    incrementalCpuS: incremental.cpuSeconds,
    incrementalPeakMb: incremental.peakMb,
    incrementalWritten: /(\d+) rewritten/.exec(incremental.stdout)?.[1] ?? '?',
    largestSectionPage: await largest(out, (f) => /sections\/.+\/page-\d+\.json$/.test(f)),
    largestSidebar: await largest(out, isSidebar),
    largestFile: await largest(out, (f) => f.endsWith('.json')),
  };
}
