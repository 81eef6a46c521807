import { useEffect } from 'react';

interface Props {
  /** Called once, after the first commit (app/start.tsx starts the work hydration did not need). */
  onReady?: () => void;
}

/**
 * Marks `<html data-app-ready>` once React has committed its first render.
 * A prerendered page is readable (and its links work) before that, but only
 * from then on do the app's handlers (prefetch on hover, in-app navigation,
 * the share control) answer; the e2e suite waits for it. Renders nothing, so
 * it cannot disturb hydration.
 */
export function AppReady({ onReady }: Props) {
  useEffect(() => {
    document.documentElement.dataset.appReady = '';
    onReady?.();
  }, [onReady]);
  return null;
}
