/**
 * Whether the device holds saved articles, where a script can read it at
 * once: IndexedDB answers only asynchronously. The start-up loader
 * (tools/startup-preload) starts the app at first paint while it is set,
 * so a saved article's page shows it saved without the reader acting first
 * (decision 0683).
 */
import { localStorageOrNull } from '../../components/localStore';

export const SAVED_MARKER_KEY = 'dateline-saved';

export function markSaved(count: number, storage: Pick<Storage, 'setItem' | 'removeItem'> | null = localStorageOrNull()): void {
  try {
    if (count > 0) storage?.setItem(SAVED_MARKER_KEY, '1');
    else storage?.removeItem(SAVED_MARKER_KEY);
  } catch {
    // Storage refused (private mode, quota): the app then starts on the reader's first act instead.
  }
}
