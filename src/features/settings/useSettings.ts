import { useSyncExternalStore } from 'react';
import { getServerSettings, getSettings, setSettings, subscribeSettings } from './settingsStore';
import type { Settings } from './settingsStorage';

export function useSettings(): [Settings, (next: Settings) => void] {
  const settings = useSyncExternalStore(subscribeSettings, getSettings, getServerSettings);
  return [settings, setSettings];
}
