import { readFileSync } from 'node:fs';

/** Linux's clock ticks per second for /proc's CPU times (USER_HZ; 100 on every architecture Node runs on). */
const TICKS_PER_SECOND = 100;

/**
 * CPU time (user + system, ms) the calling thread has used, or null where
 * /proc/thread-self is missing (not Linux). process.cpuUsage() counts the
 * whole process, and Node 20 has no per-thread figure, so a render worker
 * reads its own: the prerender then reports CPU per page whatever else the
 * machine runs, which wall time on a shared machine cannot show.
 */
export function threadCpuMs(stat: () => string = () => readFileSync('/proc/thread-self/stat', 'utf8')): number | null {
  let text: string;
  try {
    text = stat();
  } catch {
    return null;
  }
  // The command name (field 2) may hold spaces and parentheses: count fields after its last ')'.
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  return Number.isFinite(utime) && Number.isFinite(stime) ? ((utime + stime) * 1000) / TICKS_PER_SECOND : null;
}
