/**
 * Stands in for vite-plugin-pwa's virtual module where that plugin does not
 * run (Vitest, the prerenderer's server build): no service worker and, as on a
 * first visit, no update waiting. Tests may set `needRefresh`.
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
