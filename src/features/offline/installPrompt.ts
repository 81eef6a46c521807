/**
 * Chromium's beforeinstallprompt may fire before React has mounted, so the
 * event is caught from startup and kept here until the Install button uses it.
 */

/** Not in TypeScript's DOM library: Chromium-only. */
export interface BeforeInstallPromptEvent extends Event {
  prompt: () => Promise<void>;
  readonly userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

let deferred: BeforeInstallPromptEvent | null = null;
const listeners = new Set<() => void>();

function set(event: BeforeInstallPromptEvent | null): void {
  deferred = event;
  for (const listener of listeners) listener();
}

export const installPrompt = {
  get: (): BeforeInstallPromptEvent | null => deferred,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  /** Shows the browser's own install dialog; the event can be used once, whatever the answer. */
  async prompt(): Promise<void> {
    const event = deferred;
    if (!event) return;
    set(null);
    await event.prompt();
  },
};

export function captureInstallPrompt(target: Window = window): void {
  target.addEventListener('beforeinstallprompt', (event) => {
    // Keep the browser's mini-infobar away: the reader gets our Install button instead.
    event.preventDefault();
    set(event as BeforeInstallPromptEvent);
  });
  target.addEventListener('appinstalled', () => set(null));
}
