// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { savesData } from './saveData';

function setConnection(value: unknown) {
  Object.defineProperty(navigator, 'connection', { value, configurable: true });
}

function setReducedData(matches: boolean) {
  Object.defineProperty(window, 'matchMedia', {
    configurable: true,
    value: (query: string) => ({ matches: matches && query === '(prefers-reduced-data: reduce)' }),
  });
}

afterEach(() => {
  setConnection(undefined);
  setReducedData(false);
});

describe('savesData', () => {
  it('is false by default', () => {
    setReducedData(false);
    expect(savesData()).toBe(false);
  });

  it('follows the Save-Data setting of the connection', () => {
    setConnection({ saveData: true });
    expect(savesData()).toBe(true);
  });

  it('follows prefers-reduced-data', () => {
    setReducedData(true);
    expect(savesData()).toBe(true);
  });
});
