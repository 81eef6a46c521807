/**
 * The reader's display preferences: what is stored, how a stored value is
 * read back, and how a choice is put on <html>. The inline script in
 * index.html does the same before first paint (bootScript.test.ts keeps the
 * two in step), so these names are part of a contract with that script.
 */
export const themes = ['system', 'light', 'dark'] as const;
export type Theme = (typeof themes)[number];

export const textSizes = ['small', 'default', 'large', 'larger'] as const;
export type TextSize = (typeof textSizes)[number];

export interface Settings {
  theme: Theme;
  textSize: TextSize;
}

export const defaultSettings: Settings = { theme: 'system', textSize: 'default' };

export const storageKeys = { theme: 'dateline-theme', textSize: 'dateline-text-size' } as const;

function oneOf<T extends string>(allowed: readonly T[], raw: string | null, fallback: T): T {
  return allowed.find((value) => value === raw) ?? fallback;
}

/** Anything else (missing, tampered with, from an older build) falls back to the default. */
export function parseTheme(raw: string | null): Theme {
  return oneOf(themes, raw, defaultSettings.theme);
}

export function parseTextSize(raw: string | null): TextSize {
  return oneOf(textSizes, raw, defaultSettings.textSize);
}

/** A store that cannot be read (storage disabled, private mode) means the defaults. */
export function readSettings(storage: Pick<Storage, 'getItem'> | null): Settings {
  try {
    return {
      theme: parseTheme(storage?.getItem(storageKeys.theme) ?? null),
      textSize: parseTextSize(storage?.getItem(storageKeys.textSize) ?? null),
    };
  } catch {
    return defaultSettings;
  }
}

/** Defaults are removed rather than stored, so a later change of default reaches everyone who never chose. */
export function writeSettings(storage: Pick<Storage, 'setItem' | 'removeItem'>, settings: Settings): void {
  const entries: [string, string, string][] = [
    [storageKeys.theme, settings.theme, defaultSettings.theme],
    [storageKeys.textSize, settings.textSize, defaultSettings.textSize],
  ];
  for (const [key, value, fallback] of entries) {
    if (value === fallback) storage.removeItem(key);
    else storage.setItem(key, value);
  }
}

/**
 * The attributes the stylesheet keys on. "system" and "default" leave no
 * attribute, so the page follows the operating system and the browser's own
 * font size even where no script runs.
 */
export function applySettings(root: HTMLElement, settings: Settings): void {
  if (settings.theme === defaultSettings.theme) delete root.dataset.theme;
  else root.dataset.theme = settings.theme;
  if (settings.textSize === defaultSettings.textSize) delete root.dataset.textSize;
  else root.dataset.textSize = settings.textSize;
  applyThemeColor(root.ownerDocument, settings.theme);
}

/**
 * index.html carries one theme-color per scheme, chosen by media query; an
 * explicit choice switches the other one off.
 */
export function applyThemeColor(doc: Document, theme: Theme): void {
  for (const meta of doc.querySelectorAll<HTMLMetaElement>('meta[name="theme-color"][data-scheme]')) {
    const scheme = meta.dataset.scheme ?? '';
    meta.media = theme === 'system' ? `(prefers-color-scheme: ${scheme})` : theme === scheme ? 'all' : 'not all';
  }
}
