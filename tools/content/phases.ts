/**
 * Phase timings of a build, printed to stderr when DATELINE_CONTENT_TIMINGS
 * is set: where a large build spends its time, without a profiler.
 */
import { performance } from 'node:perf_hooks';

export function phaseTimer(enabled = Boolean(process.env.DATELINE_CONTENT_TIMINGS)): (phase: string) => void {
  let last = performance.now();
  return (phase) => {
    if (!enabled) return;
    const now = performance.now();
    console.error(`content: ${phase} ${Math.round(now - last)} ms`);
    last = now;
  };
}
