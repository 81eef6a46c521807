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

/**
 * Resolves once the browser reports the page's first contentful paint (the
 * moment it was on screen, not just drawn), or after `timeoutMs` as a safety
 * net should none come.
 */
export function afterFirstPaint(timeoutMs = 5000): Promise<void> {
  return new Promise((resolve) => {
    if (typeof PerformanceObserver === 'undefined' || !PerformanceObserver.supportedEntryTypes?.includes('paint')) {
      resolve();
      return;
    }
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length > 0) done();
    });
    const timer = setTimeout(done, timeoutMs);
    function done() {
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    }
    // buffered: a paint that happened before this script ran is reported at once.
    observer.observe({ type: 'paint', buffered: true });
  });
}
