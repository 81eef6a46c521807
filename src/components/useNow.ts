import { startTransition, useEffect, useState } from 'react';

const MINUTE = 60_000;

/** Whole minutes, so every reader of the clock agrees between ticks. */
function currentMinute(): number {
  return Math.floor(Date.now() / MINUTE) * MINUTE;
}

/** Set by the first committed render: from then on a component mounts into a page that knows the time. */
let appCommitted = false;

/**
 * The current time to the minute; null in the server render and in the app's
 * first (hydrating) render, since a prerendered page was rendered without
 * knowing when it would be read. Components mounted later start with the
 * time. The switch after hydration and every minute's tick are transitions:
 * they re-render in slices that yield to the browser, not in one sync task.
 */
export function useNow(): number | null {
  const [now, setNow] = useState<number | null>(() => (appCommitted ? currentMinute() : null));
  useEffect(() => {
    appCommitted = true;
    const tick = () => startTransition(() => setNow(currentMinute()));
    tick();
    const timer = window.setInterval(tick, MINUTE);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}
