import { useSyncExternalStore } from 'react';

const MINUTE = 60_000;

function subscribe(onTick: () => void): () => void {
  const timer = window.setInterval(onTick, MINUTE);
  return () => window.clearInterval(timer);
}

/** Whole minutes, so every reader of the clock agrees between ticks. */
function currentMinute(): number {
  return Math.floor(Date.now() / MINUTE) * MINUTE;
}

/**
 * The current time to the minute; null while hydrating a prerendered page,
 * which was rendered without knowing when it would be read.
 */
export function useNow(): number | null {
  return useSyncExternalStore(subscribe, currentMinute, () => null);
}
