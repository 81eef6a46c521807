// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import {
  applySettings,
  defaultSettings,
  parseTextSize,
  parseTheme,
  readSettings,
  storageKeys,
  writeSettings,
} from './settingsStorage';

describe('parsing stored settings', () => {
  it('accepts every known value', () => {
    expect(parseTheme('dark')).toBe('dark');
    expect(parseTheme('light')).toBe('light');
    expect(parseTheme('system')).toBe('system');
    expect(parseTextSize('larger')).toBe('larger');
    expect(parseTextSize('small')).toBe('small');
  });

  it('falls back to the default for missing or unknown values', () => {
    expect(parseTheme(null)).toBe('system');
    expect(parseTheme('DARK')).toBe('system');
    expect(parseTheme('"dark"')).toBe('system');
    expect(parseTextSize('huge')).toBe('default');
    expect(parseTextSize('')).toBe('default');
  });

  it('reads the defaults from a store that throws or is absent', () => {
    const throwing = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    };
    expect(readSettings(throwing)).toEqual(defaultSettings);
    expect(readSettings(null)).toEqual(defaultSettings);
  });
});

describe('storing settings', () => {
  beforeEach(() => localStorage.clear());

  it('round-trips a choice', () => {
    writeSettings(localStorage, { theme: 'dark', textSize: 'large' });
    expect(readSettings(localStorage)).toEqual({ theme: 'dark', textSize: 'large' });
  });

  it('removes a setting put back to its default', () => {
    writeSettings(localStorage, { theme: 'light', textSize: 'small' });
    writeSettings(localStorage, defaultSettings);
    expect(localStorage.getItem(storageKeys.theme)).toBeNull();
    expect(localStorage.getItem(storageKeys.textSize)).toBeNull();
  });
});

describe('applying settings to the document', () => {
  beforeEach(() => {
    document.head.innerHTML =
      '<meta name="theme-color" content="#fff" media="(prefers-color-scheme: light)" data-scheme="light">' +
      '<meta name="theme-color" content="#000" media="(prefers-color-scheme: dark)" data-scheme="dark">';
  });

  const medias = () => [...document.querySelectorAll('meta')].map((m) => m.media);

  it('marks an explicit choice and switches theme-color to it', () => {
    applySettings(document.documentElement, { theme: 'dark', textSize: 'larger' });
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(document.documentElement.dataset.textSize).toBe('larger');
    expect(medias()).toEqual(['not all', 'all']);
  });

  it('leaves no attribute for the defaults, so CSS follows the system', () => {
    applySettings(document.documentElement, { theme: 'light', textSize: 'small' });
    applySettings(document.documentElement, defaultSettings);
    expect(document.documentElement.hasAttribute('data-theme')).toBe(false);
    expect(document.documentElement.hasAttribute('data-text-size')).toBe(false);
    expect(medias()).toEqual(['(prefers-color-scheme: light)', '(prefers-color-scheme: dark)']);
  });
});
