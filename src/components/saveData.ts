import { useSyncExternalStore } from 'react';

interface NetworkInformationLike extends EventTarget {
  saveData?: boolean;
}

const REDUCED_DATA = '(prefers-reduced-data: reduce)';

function connection(): NetworkInformationLike | undefined {
  return (navigator as Navigator & { connection?: NetworkInformationLike }).connection;
}

/**
 * The reader asked for less data: the browser's Data Saver (Save-Data) or
 * the prefers-reduced-data media feature where a browser has it. Then the
 * app prefetches nothing and loads no image before it is needed.
 */
export function savesData(): boolean {
  if (connection()?.saveData === true) return true;
  return typeof matchMedia === 'function' && matchMedia(REDUCED_DATA).matches;
}

function subscribe(onChange: () => void): () => void {
  const network = connection();
  const query = typeof matchMedia === 'function' ? matchMedia(REDUCED_DATA) : undefined;
  network?.addEventListener('change', onChange);
  query?.addEventListener('change', onChange);
  return () => {
    network?.removeEventListener('change', onChange);
    query?.removeEventListener('change', onChange);
  };
}

/** False while hydrating, as the prerendered markup was. */
export function useSaveData(): boolean {
  return useSyncExternalStore(subscribe, savesData, () => false);
}
