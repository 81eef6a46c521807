export { SettingsControls } from './SettingsControls';
export { useSettings } from './useSettings';
export type { Settings, TextSize, Theme } from './settingsStorage';
