// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PRELOADS_PER_TASK, startupLoaderScript } from './startupLoader';

/** A PerformanceObserver stand-in: jsdom has none, and the browser's paint entries cannot be made in Node. */
class PaintObserver {
  static supportedEntryTypes = ['paint'];
  static instances: PaintObserver[] = [];
  disconnected = false;
  constructor(private readonly callback: (list: { getEntriesByName: (name: string) => unknown[] }) => void) {
    PaintObserver.instances.push(this);
  }
  observe() {}
  disconnect() {
    this.disconnected = true;
  }
  report(name: string) {
    this.callback({ getEntriesByName: (wanted) => (wanted === name ? [{ name }] : []) });
  }
}

const preload = (file: string, entry = false) => `<link rel="modulepreload"${entry ? ' data-entry' : ''} href="/assets/${file}">`;

function loadPage({ prerendered = true, visibility = 'visible', preloads = [preload('runtime.js'), preload('index.js', true)] } = {}) {
  Object.defineProperty(document, 'visibilityState', { value: visibility, configurable: true });
  document.head.innerHTML = `<template id="startup">${preloads.join('\n')}</template>`;
  document.body.innerHTML = `<div id="root">${prerendered ? '<h1>Story</h1>' : ''}</div>`;
  // The exact text the build inlines (and hashes into the policy).
  new Function(startupLoaderScript('startup'))();
}

const entryScripts = () => [...document.head.querySelectorAll('script[type="module"]')].map((s) => s.getAttribute('src'));
const preloadsInHead = () => [...document.head.querySelectorAll(':scope > link[rel="modulepreload"]')].map((l) => l.getAttribute('href'));

beforeEach(() => {
  PaintObserver.instances = [];
  vi.stubGlobal('PerformanceObserver', PaintObserver);
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('the start-up loader', () => {
  it('fetches nothing until the first contentful paint, then the entry, and the preloads from the next task on', () => {
    vi.useFakeTimers();
    loadPage();
    const observer = PaintObserver.instances[0]!;
    observer.report('first-paint');
    expect(entryScripts()).toEqual([]);
    expect(preloadsInHead()).toEqual([]);
    observer.report('first-contentful-paint');
    expect(entryScripts()).toEqual(['/assets/index.js']);
    expect(preloadsInHead()).toEqual([]);
    vi.runAllTimers();
    expect(preloadsInHead()).toEqual(['/assets/runtime.js', '/assets/index.js']);
    expect(observer.disconnected).toBe(true);
  });

  it(`inserts the preloads ${PRELOADS_PER_TASK} a task, in their order, so no task inserts them all`, () => {
    vi.useFakeTimers();
    const files = Array.from({ length: 2 * PRELOADS_PER_TASK + 1 }, (_, i) => `chunk-${i}.js`);
    loadPage({ preloads: files.map((file, i) => preload(file, i === files.length - 1)) });
    PaintObserver.instances[0]!.report('first-contentful-paint');
    expect(entryScripts()).toEqual([`/assets/${files.at(-1)}`]);
    const inserted = () => preloadsInHead().map((href) => href?.replace('/assets/', ''));
    // One timer task at a time.
    vi.advanceTimersToNextTimer();
    expect(inserted()).toEqual(files.slice(0, PRELOADS_PER_TASK));
    vi.advanceTimersToNextTimer();
    expect(inserted()).toEqual(files.slice(0, 2 * PRELOADS_PER_TASK));
    vi.advanceTimersToNextTimer();
    expect(inserted()).toEqual(files);
    vi.runAllTimers();
    expect(inserted()).toEqual(files);
  });

  it('starts at once in a tab that is not visible, which paints only when shown', () => {
    loadPage({ visibility: 'hidden' });
    expect(entryScripts()).toEqual(['/assets/index.js']);
  });

  it('starts at once where the browser cannot report paints', () => {
    vi.stubGlobal('PerformanceObserver', undefined);
    loadPage();
    expect(entryScripts()).toEqual(['/assets/index.js']);
  });

  it('starts when the document is parsed if there is no prerendered page to paint (the app shell)', () => {
    loadPage({ prerendered: false });
    expect(entryScripts()).toEqual([]);
    document.dispatchEvent(new Event('DOMContentLoaded'));
    expect(entryScripts()).toEqual(['/assets/index.js']);
  });

  it('does not wait for the parse when there is a page to paint', () => {
    loadPage();
    document.dispatchEvent(new Event('DOMContentLoaded'));
    expect(entryScripts()).toEqual([]);
  });

  it('gives up waiting after five seconds without a paint, and starts only once', () => {
    vi.useFakeTimers();
    loadPage();
    vi.advanceTimersByTime(4999);
    expect(entryScripts()).toEqual([]);
    vi.advanceTimersByTime(1);
    PaintObserver.instances[0]!.report('first-contentful-paint');
    expect(entryScripts()).toEqual(['/assets/index.js']);
  });
});
