import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};
const hasNativeShare = () => typeof navigator !== 'undefined' && typeof navigator.share === 'function';
// The prerendered page cannot know the reader's browser: it always shows the fallback first.
const onServer = () => false;

/** Whether the Web Share API is there, without a hydration mismatch. */
export function useNativeShare(): boolean {
  return useSyncExternalStore(subscribe, hasNativeShare, onServer);
}
