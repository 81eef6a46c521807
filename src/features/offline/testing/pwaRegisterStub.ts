/**
 * Stands in for vite-plugin-pwa's virtual module under Vitest, which has no
 * PWA plugin: no service worker, and tests can set whether an update waits.
 */
import { useState } from 'react';

export const stubState = { needRefresh: false, updateCalls: 0 };

export function useRegisterSW() {
  const needRefresh = useState(stubState.needRefresh);
  const offlineReady = useState(false);
  return {
    needRefresh,
    offlineReady,
    updateServiceWorker: async () => {
      stubState.updateCalls += 1;
    },
  };
}
