import { useId } from 'react';
import { useStrings, type UiStrings } from '../../i18n';
import { parseTextSize, parseTheme, textSizes, themes, type TextSize, type Theme } from './settingsStorage';
import { useSettings } from './useSettings';
import './settings.css';

function themeLabels(s: UiStrings['comfort']): Record<Theme, string> {
  return { system: s.themeSystem, light: s.themeLight, dark: s.themeDark };
}

function textSizeLabels(s: UiStrings['comfort']): Record<TextSize, string> {
  return { small: s.textSizeSmall, default: s.textSizeDefault, large: s.textSizeLarge, larger: s.textSizeLarger };
}

interface ChoiceProps<T extends string> {
  label: string;
  value: T;
  values: readonly T[];
  labels: Record<T, string>;
  parse: (raw: string) => T;
  onChange: (value: T) => void;
}

function Choice<T extends string>({ label, value, values, labels, parse, onChange }: ChoiceProps<T>) {
  const id = useId();
  return (
    <div className="settings__field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(parse(event.target.value))}>
        {values.map((option) => (
          <option key={option} value={option}>
            {labels[option]}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * Theme and text size as native selects: labelled, keyboard-usable and
 * compact enough for the masthead on a phone.
 */
export function SettingsControls() {
  const strings = useStrings().comfort;
  const [settings, setSettings] = useSettings();
  return (
    <div className="settings" role="group" aria-label={strings.displaySettings}>
      <Choice
        label={strings.theme}
        value={settings.theme}
        values={themes}
        labels={themeLabels(strings)}
        parse={parseTheme}
        onChange={(theme) => setSettings({ ...settings, theme })}
      />
      <Choice
        label={strings.textSize}
        value={settings.textSize}
        values={textSizes}
        labels={textSizeLabels(strings)}
        parse={parseTextSize}
        onChange={(textSize) => setSettings({ ...settings, textSize })}
      />
    </div>
  );
}
