import type { QueryClient } from '@tanstack/react-query';
import { recoverFromStaleChunks } from './chunkRecovery';
import { captureInstallPrompt } from './installPrompt';
import { followBrowserOnlineState } from './onlineStatus';
import { restoreAndPersistQueries } from './persistQueries';
import { warmCacheOnFirstControl } from './warmServiceWorkerCache';

/**
 * Everything offline reading needs before the first render. Resolves once
 * the persisted query cache is back, so main.tsx can start the router after
 * it and the first page paints with what an earlier visit kept.
 */
export async function startOfflineSupport(client: QueryClient): Promise<void> {
  followBrowserOnlineState();
  recoverFromStaleChunks();
  captureInstallPrompt();
  warmCacheOnFirstControl();
  await restoreAndPersistQueries(client);
}
