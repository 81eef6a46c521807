import { useEffect } from 'react';

/**
 * Marks `<html data-app-ready>` once React has committed its first render.
 * A prerendered page is readable (and its links work) before that, but only
 * from then on do the app's handlers (prefetch on hover, in-app navigation,
 * the share control) answer; the e2e suite waits for it. Renders nothing, so
 * it cannot disturb hydration.
 */
export function AppReady() {
  useEffect(() => {
    document.documentElement.dataset.appReady = '';
  }, []);
  return null;
}
