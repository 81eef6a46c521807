/**
 * The main thread's tasks after the first contentful paint, by the CPU time
 * the thread itself spent in each (a trace's `tdur`), not wall time: on a
 * shared machine a task's wall time mostly measures the other processes.
 * Lighthouse slows the CPU four times and counts what a task spends past
 * 50 ms, so a task blocks from 12.5 ms of CPU here; `tbtAt4xMs` adds up
 * 4 × cpu − 50 over those, a TBT that does not move with the machine's load.
 */
import type { Browser } from '@playwright/test';
import { startApp } from './browser';
import { median } from './pages';

export interface MainThreadFigures {
  /** Median over the runs. */
  tbtAt4xMs: number;
  /** Tasks past 12.5 ms of CPU in the median run, longest first, in CPU ms. */
  longTasksMs: number[];
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
}

/** The mark that ends the measured span: the trace's own flush, as tracing stops, is a task of the browser's too. */
export const END_MARK = 'bench:end';

/**
 * The tasks the browser ran on `events`' main thread from its first
 * contentful paint to the END_MARK user timing, each by thread CPU ms.
 */
export function tasksAfterPaint(events: readonly TraceEvent[]): number[] {
  const fcp = events.find((e) => e.name === 'firstContentfulPaint');
  const stop = events.find((e) => e.name === END_MARK)?.ts ?? Infinity;
  if (!fcp) return [];
  const tasks = events
    .filter((e) => e.pid === fcp.pid && e.tid === fcp.tid && e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask'))
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const cpu: number[] = [];
  let end = 0;
  for (const task of tasks) {
    // The scheduler's task and the thread controller's wrap each other: count the outer one once.
    if (task.ts < end) continue;
    end = task.ts + (task.dur ?? 0);
    if (end >= fcp.ts && task.ts < stop) cpu.push((task.tdur ?? task.dur ?? 0) / 1000);
  }
  return cpu;
}

/** What a task of `cpuMs` blocks under Lighthouse's 4× CPU: its time past 50 ms. */
const blockingMs = (cpuMs: number) => Math.max(0, 4 * cpuMs - 50);

export const blockingAt4x = (cpuMs: readonly number[]) => cpuMs.reduce((sum, ms) => sum + blockingMs(ms), 0);

/**
 * `act`: the reader moves the pointer once the page is loaded, which starts the app (decision 0683); without it the
 * figure is the load alone, as Lighthouse sees it.
 */
export async function mainThreadTasks(browser: Browser, url: string, act: boolean, runs = 5): Promise<MainThreadFigures> {
  const results: MainThreadFigures[] = [];
  for (let run = 0; run < runs; run++) {
    // A phone-sized page, as Lighthouse's mobile run loads it; no service worker, as on a first visit.
    const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true, serviceWorkers: 'block' });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
    await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,loading,blink.user_timing' });
    await page.goto(url, { waitUntil: 'networkidle' });
    if (act) await startApp(page);
    // Past hydration and what follows it (relative times, the persisted cache).
    await page.waitForTimeout(1500);
    await page.evaluate((name) => performance.mark(name), END_MARK);
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    await context.close();
    const long = tasksAfterPaint(events).filter((ms) => blockingMs(ms) > 0).sort((a, b) => b - a);
    results.push({ tbtAt4xMs: blockingAt4x(long), longTasksMs: long });
  }
  const mid = median(results.map((r) => r.tbtAt4xMs));
  return results.find((r) => r.tbtAt4xMs === mid) ?? { tbtAt4xMs: mid, longTasksMs: [] };
}
