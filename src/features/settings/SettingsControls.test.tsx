// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderInApp } from '../../components/testUtils';
import { SettingsControls } from './SettingsControls';
import { setSettings } from './settingsStore';
import { defaultSettings, storageKeys } from './settingsStorage';

beforeEach(() => {
  localStorage.clear();
  setSettings(defaultSettings);
});
afterEach(cleanup);

const html = document.documentElement;

describe('SettingsControls', () => {
  it('offers labelled theme and text size choices, starting from the defaults', () => {
    renderInApp(<SettingsControls />);
    screen.getByRole('group', { name: 'Display settings' });
    const theme = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Theme' });
    const size = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Text size' });
    expect(theme.value).toBe('system');
    expect([...theme.options].map((o) => o.text)).toEqual(['System', 'Light', 'Dark']);
    expect(size.value).toBe('default');
    expect([...size.options].map((o) => o.text)).toEqual(['Small', 'Default', 'Large', 'Larger']);
  });

  it('applies and remembers a theme', () => {
    renderInApp(<SettingsControls />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Theme' }), { target: { value: 'dark' } });
    expect(html.dataset.theme).toBe('dark');
    expect(localStorage.getItem(storageKeys.theme)).toBe('dark');

    fireEvent.change(screen.getByRole('combobox', { name: 'Theme' }), { target: { value: 'system' } });
    expect(html.hasAttribute('data-theme')).toBe(false);
    expect(localStorage.getItem(storageKeys.theme)).toBeNull();
  });

  it('applies and remembers a text size, keeping the theme', () => {
    renderInApp(<SettingsControls />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Theme' }), { target: { value: 'light' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Text size' }), { target: { value: 'larger' } });
    expect(html.dataset.textSize).toBe('larger');
    expect(html.dataset.theme).toBe('light');
    expect(localStorage.getItem(storageKeys.textSize)).toBe('larger');
  });

  it('follows a change made in another tab', () => {
    renderInApp(<SettingsControls />);
    localStorage.setItem(storageKeys.theme, 'dark');
    act(() => {
      window.dispatchEvent(new StorageEvent('storage', { key: storageKeys.theme, storageArea: localStorage }));
    });
    expect(screen.getByRole<HTMLSelectElement>('combobox', { name: 'Theme' }).value).toBe('dark');
    expect(html.dataset.theme).toBe('dark');
  });
});
