// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { applySettings, readSettings, storageKeys, textSizes, themes } from './settingsStorage';

/** The inline script in index.html's <head>: it must agree with settingsStorage.ts on every stored value. */
const indexHtml = readFileSync(resolve(process.cwd(), 'index.html'), 'utf8');
const inlineScripts = [...indexHtml.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');

function runBootScript() {
  new Function(inlineScripts[0] ?? '')();
}

function snapshot() {
  const root = document.documentElement;
  return {
    theme: root.getAttribute('data-theme'),
    textSize: root.getAttribute('data-text-size'),
    media: [...document.querySelectorAll('meta[name="theme-color"]')].map((m) => m.getAttribute('media')),
  };
}

describe('the theme boot script in index.html', () => {
  beforeEach(() => {
    localStorage.clear();
    document.documentElement.removeAttribute('data-theme');
    document.documentElement.removeAttribute('data-text-size');
    const head = new DOMParser().parseFromString(indexHtml, 'text/html').head;
    document.head.innerHTML = [...head.querySelectorAll('meta[name="theme-color"]')].map((m) => m.outerHTML).join('');
  });

  it('is the only inline script, so CSP needs one hash', () => {
    expect(inlineScripts).toHaveLength(1);
  });

  const stored = [null, 'junk', ...themes].flatMap((theme) =>
    [null, 'huge', ...textSizes].map((textSize) => ({ theme, textSize })),
  );

  it.each(stored)('sets what the app would for theme=$theme, textSize=$textSize', ({ theme, textSize }) => {
    if (theme !== null) localStorage.setItem(storageKeys.theme, theme);
    if (textSize !== null) localStorage.setItem(storageKeys.textSize, textSize);
    runBootScript();
    const byScript = snapshot();
    applySettings(document.documentElement, readSettings(localStorage));
    expect(byScript).toEqual(snapshot());
  });
});
