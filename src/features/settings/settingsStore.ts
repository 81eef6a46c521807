import { localStorageOrNull } from '../../components/localStore';
import { applySettings, defaultSettings, readSettings, writeSettings, type Settings } from './settingsStorage';

/**
 * One in-memory copy of the settings for every control on the page, kept in
 * step with storage (also when another tab changes it) and with <html>.
 */
const listeners = new Set<() => void>();
let current: Settings | undefined;

export function getSettings(): Settings {
  current ??= readSettings(localStorageOrNull());
  return current;
}

/** What the prerendered page was rendered with, so hydration matches it before the stored choice shows. */
export function getServerSettings(): Settings {
  return defaultSettings;
}

function publish(next: Settings) {
  current = next;
  applySettings(document.documentElement, next);
  for (const listener of listeners) listener();
}

export function setSettings(next: Settings): void {
  const store = localStorageOrNull();
  try {
    if (store) writeSettings(store, next);
  } catch {
    // Storage full or refused: the choice still holds for this page view.
  }
  publish(next);
}

function onStorage(event: StorageEvent) {
  if (event.storageArea !== localStorageOrNull()) return;
  publish(readSettings(localStorageOrNull()));
}

export function subscribeSettings(listener: () => void): () => void {
  if (listeners.size === 0) window.addEventListener('storage', onStorage);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('storage', onStorage);
  };
}
