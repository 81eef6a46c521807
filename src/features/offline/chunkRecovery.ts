/**
 * After a deploy, a page opened on the old build may ask for a route chunk
 * that no longer exists. One reload fetches the new build; a note in
 * sessionStorage stops a second reload within a short window, so a chunk that
 * is really broken shows the error page instead of reloading forever.
 */
const KEY = 'dateline:chunk-reload-at';
const WINDOW_MS = 30_000;

export interface ReloadDeps {
  storage: Pick<Storage, 'getItem' | 'setItem'>;
  now: number;
  reload: () => void;
}

function defaultDeps(): ReloadDeps {
  return { storage: window.sessionStorage, now: Date.now(), reload: () => window.location.reload() };
}

/** Reloads unless it already did so moments ago; true when it reloads. */
export function reloadOnce(deps: ReloadDeps = defaultDeps()): boolean {
  try {
    const last = Number(deps.storage.getItem(KEY) ?? 0);
    if (deps.now - last < WINDOW_MS) return false;
    deps.storage.setItem(KEY, String(deps.now));
  } catch {
    // Without a place to remember the reload, a reload could loop: show the error instead.
    return false;
  }
  deps.reload();
  return true;
}

const chunkErrorMessages = [
  'Failed to fetch dynamically imported module', // Chromium
  'error loading dynamically imported module', // Firefox
  'Importing a module script failed', // Safari
  'Unable to preload CSS', // Vite's CSS preloader
];

export function isChunkLoadError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : '';
  return chunkErrorMessages.some((m) => message.includes(m));
}

let reloading = false;

/**
 * For a route's error element: true while a reload for a stale chunk is
 * under way (render nothing), false when the error should be shown.
 */
export function recoverFromChunkError(error: unknown): boolean {
  if (!isChunkLoadError(error)) return false;
  reloading ||= reloadOnce();
  return reloading;
}

/** Vite reports a failed preload of a chunk or its CSS with this event before the import rejects. */
export function recoverFromStaleChunks(target: Window = window): void {
  target.addEventListener('vite:preloadError', (event) => {
    if (reloadOnce()) event.preventDefault();
  });
}
