/**
 * Full build figures for a generated corpus: every step of package.json's
 * "build" script, in order, as a child process under /usr/bin/time -v with
 * DATELINE_CONTENT_DIR pointing vite.config.ts's content plugin at the corpus.
 * Reading the steps from the script itself keeps the figure honest when the
 * build changes. A clean build: the last dist/ and content output
 * (public/api) are set aside first, so nothing is reused and nothing is
 * deleted while it is timed. Writes into dist/, like `npm run build`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { setAside } from './setAside';

export interface StepFigures {
  step: string;
  seconds: number;
  /** User + system CPU seconds: on a shared machine wall time mostly measures the others' load. */
  cpuSeconds: number;
  peakMb: number;
}

export interface FullBuildFigures {
  articles: number;
  steps: StepFigures[];
  total: StepFigures;
  pages: number;
  /** Of `pages`, those rendered at build time; the rest are head-only (tools/prerender/window.ts). */
  rendered: number;
}

const BENCH_DIR = path.join('/tmp', 'dateline-bench');

/** The "build" script's commands, split on `&&`. */
export function buildSteps(script: string): string[] {
  return script.split('&&').map((s) => s.trim()).filter(Boolean);
}

/** Figures from GNU time -v's report on stderr. */
export function parseTimeV(stderr: string): Omit<StepFigures, 'step'> {
  const field = (name: string) => new RegExp(`${name}: (.+)`).exec(stderr)?.[1] ?? '';
  // "m:ss.cc" or "h:mm:ss".
  const seconds = field('Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\)').split(':').reduce((total, part) => total * 60 + Number(part), 0);
  const cpuSeconds = Number(field('User time \\(seconds\\)')) + Number(field('System time \\(seconds\\)'));
  return { seconds, cpuSeconds, peakMb: Number(field('Maximum resident set size \\(kbytes\\)')) / 1024 };
}

function runStep(command: string, env: NodeJS.ProcessEnv): StepFigures & { stdout: string } {
  const run = spawnSync('/usr/bin/time', ['-v', 'sh', '-c', command], { encoding: 'utf8', env, maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`full build: \`${command}\` failed:\n${run.stdout.slice(-4000)}\n${run.stderr.slice(-4000)}`);
  const figures = { step: command.split(' ').slice(0, 3).join(' '), ...parseTimeV(run.stderr) };
  console.error(`bench: ${figures.step}: ${figures.seconds.toFixed(1)} s wall, ${figures.cpuSeconds.toFixed(1)} s CPU, peak ${Math.round(figures.peakMb)} MB`);
  return { ...figures, stdout: run.stdout };
}

/** `corpus` overrides the generated corpus of `count` articles in /tmp/dateline-bench (one kept stable while others rebuild theirs). */
export async function fullBuild(count: number, corpus?: string, root = process.cwd()): Promise<FullBuildFigures> {
  const content = corpus ?? path.join(BENCH_DIR, `content-${count}`);
  if (!existsSync(path.join(content, 'site.yaml'))) {
    const gen = spawnSync(process.execPath, ['--import', 'tsx', 'tools/content/cli.ts', 'generate', '--count', String(count), '--out', content], { stdio: 'inherit' });
    if (gen.status !== 0) throw new Error(`full build: generating ${count} articles failed`);
  }
  const script = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.build!;
  const env = { ...process.env, DATELINE_CONTENT_DIR: content, PATH: `${path.join(root, 'node_modules', '.bin')}${path.delimiter}${process.env.PATH ?? ''}` };
  for (const dir of ['dist', 'public/api']) await setAside(path.join(root, dir));
  const steps: StepFigures[] = [];
  let pages = 0;
  let rendered = 0;
  for (const command of buildSteps(script)) {
    const { stdout, ...figures } = runStep(command, env);
    steps.push(figures);
    pages = Number(/prerender: (\d+) pages/.exec(stdout)?.[1] ?? pages);
    rendered = Number(/\((\d+) rendered/.exec(stdout)?.[1] ?? rendered);
    // The render workers' own CPU (tools/prerender/threadCpu.ts): what a page costs, whatever else the machine runs.
    const workers = /render workers .*/.exec(stdout)?.[0];
    if (workers) console.error(`bench: ${workers}`);
  }
  const total: StepFigures = {
    step: 'total',
    seconds: steps.reduce((sum, s) => sum + s.seconds, 0),
    cpuSeconds: steps.reduce((sum, s) => sum + s.cpuSeconds, 0),
    peakMb: Math.max(...steps.map((s) => s.peakMb)),
  };
  return { articles: count, steps, total, pages, rendered };
}
