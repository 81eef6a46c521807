/**
 * Content build figures for generated corpora: wall time and peak memory of a
 * full build (a child process under /usr/bin/time -v), then of a rebuild after
 * one article changes, plus the largest listing files.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { appendFile, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseTimeV } from './fullBuild';
import { setAside } from './setAside';

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
