/**
 * Phase timings of a build, printed to stderr when DATELINE_CONTENT_TIMINGS
 * is set: where a large build spends its time, without a profiler. Each
 * phase shows wall time and the CPU time of the whole process (worker
 * threads included), so a phase that waits for a busy machine shows as
 * wall >> CPU, and one where both workers run as CPU ≈ 2 × wall; and the
 * process's resident memory at the end of the phase, for the 1.5 GB budget.
 */
import { performance } from 'node:perf_hooks';

export function phaseTimer(enabled = Boolean(process.env.DATELINE_CONTENT_TIMINGS)): (phase: string) => void {
  let last = performance.now();
  let lastCpu = process.cpuUsage();
  // Start-up: what the process did before the build began (node, bundle check, loading the compiler).
  if (enabled) console.error(`content: start-up ${Math.round(last)} ms (CPU ${Math.round((lastCpu.user + lastCpu.system) / 1000)} ms)`);
  return (phase) => {
    if (!enabled) return;
    const now = performance.now();
    const cpu = process.cpuUsage(lastCpu);
    const rss = Math.round(process.memoryUsage.rss() / 2 ** 20);
    console.error(`content: ${phase} ${Math.round(now - last)} ms (CPU ${Math.round((cpu.user + cpu.system) / 1000)} ms, RSS ${rss} MB)`);
    last = now;
    lastCpu = process.cpuUsage();
  };
}
