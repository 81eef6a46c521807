/** Helpers that give the main thread back to the browser between pieces of start-up work. */

interface Scheduler {
  yield?: () => Promise<void>;
}

/**
 * Resolves in a new task, so the browser can paint, handle input or run
 * anything more urgent first. `scheduler.yield()` where the browser has it
 * (it keeps this work ahead of other tasks); otherwise a zero timeout.
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
