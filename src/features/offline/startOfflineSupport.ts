import { recoverFromStaleChunks } from './chunkRecovery';
import { captureInstallPrompt } from './installPrompt';
import { followBrowserOnlineState } from './onlineStatus';

/**
 * The listeners offline reading needs from the app's first moment: the
 * browser's install offer and a stale chunk can come before the first render.
 * Restoring the persisted query cache (`restoreAndPersistQueries`) is separate,
 * so app/start.tsx can run it before the first render or after hydration.
 */
export function startOfflineSupport(): void {
  followBrowserOnlineState();
  recoverFromStaleChunks();
  captureInstallPrompt();
}
