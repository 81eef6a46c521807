// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HELD_CLICK_MS, INTENT_EVENTS, PRELOADS_PER_TASK, startupLoaderScript } from './startupLoader';

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

/** navigator.serviceWorker as far as the loader uses it. */
class FakeContainer extends EventTarget {
  controller: object | null = null;
  register = vi.fn(async () => ({}));
}

const preload = (file: string, entry = false) => `<link rel="modulepreload"${entry ? ' data-entry' : ''} href="/assets/${file}">`;
const OPTIONS = { templateId: 'startup', serviceWorker: '/sw.js', savedMarker: 'dateline-saved', stateId: 'state', apiBase: '/api/v1' };

interface PageSetup {
  prerendered?: boolean;
  visibility?: DocumentVisibilityState;
  preloads?: string[];
  body?: string;
}

function loadPage({ prerendered = true, visibility = 'visible', preloads = [preload('runtime.js'), preload('index.js', true)], body = '' }: PageSetup = {}) {
  Object.defineProperty(document, 'visibilityState', { value: visibility, configurable: true });
  document.head.innerHTML = `<template id="startup">${preloads.join('\n')}</template>`;
  document.body.innerHTML = `<div id="root">${prerendered ? `<h1>Story</h1>${body}` : ''}</div>`;
  // jsdom does not navigate; the browser would follow a link nobody held.
  document.body.addEventListener('click', (event) => event.preventDefault());
  // The exact text the build inlines (and hashes into the policy).
  new Function(startupLoaderScript(OPTIONS))();
}

const entryScripts = () => [...document.head.querySelectorAll('script[type="module"]')].map((s) => s.getAttribute('src'));
const preloadsInHead = () => [...document.head.querySelectorAll(':scope > link[rel="modulepreload"]')].map((l) => l.getAttribute('href'));
/** The app's first commit sets this (src/ssr/AppReady.tsx); the observer reports it in a microtask. */
async function appReady() {
  document.documentElement.dataset.appReady = '';
  await Promise.resolve();
}

let container: FakeContainer;

beforeEach(() => {
  PaintObserver.instances = [];
  vi.stubGlobal('PerformanceObserver', PaintObserver);
  container = new FakeContainer();
  Object.defineProperty(navigator, 'serviceWorker', { value: container, configurable: true });
  Object.defineProperty(navigator, 'onLine', { value: true, configurable: true });
  localStorage.clear();
  delete document.documentElement.dataset.appReady;
  delete document.documentElement.dataset.theme;
  delete document.documentElement.dataset.appStarting;
});

// Each loadPage adds window and document listeners that outlive its test: started and ready, a loader's listeners do
// nothing more, so every test's loader ends that way.
afterEach(async () => {
  window.dispatchEvent(new Event('pointerdown'));
  await appReady();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('the start-up loader on a prerendered page', () => {
  it('fetches nothing without the reader acting, not even after the first paint', () => {
    vi.useFakeTimers();
    loadPage();
    PaintObserver.instances[0]?.report('first-contentful-paint');
    document.dispatchEvent(new Event('DOMContentLoaded'));
    vi.advanceTimersByTime(60_000);
    expect(entryScripts()).toEqual([]);
    expect(preloadsInHead()).toEqual([]);
  });

  it.each(INTENT_EVENTS)('starts the app on %s: the entry at once, the preloads from the next task on', (type) => {
    vi.useFakeTimers();
    loadPage();
    window.dispatchEvent(new Event(type));
    expect(entryScripts()).toEqual(['/assets/index.js']);
    expect(preloadsInHead()).toEqual([]);
    vi.runAllTimers();
    expect(preloadsInHead()).toEqual(['/assets/runtime.js', '/assets/index.js']);
    // Once only.
    window.dispatchEvent(new Event(type));
    expect(entryScripts()).toEqual(['/assets/index.js']);
  });

  it('inserts every preload in one task when a held tap is waiting for the app', () => {
    vi.useFakeTimers();
    const files = Array.from({ length: 2 * PRELOADS_PER_TASK + 1 }, (_, i) => `chunk-${i}.js`);
    loadPage({ preloads: files.map((file, i) => preload(file, i === files.length - 1)), body: '<button id="b">Go</button>' });
    document.getElementById('b')!.click();
    vi.advanceTimersToNextTimer();
    expect(preloadsInHead()).toHaveLength(files.length);
  });

  it('announces the focused link to the app once it is ready, so its page is prefetched', async () => {
    loadPage({ body: '<a id="story" href="/en/news/1/story">Story</a>' });
    const link = document.getElementById('story')!;
    link.focus();
    expect(entryScripts()).toEqual(['/assets/index.js']);
    const announced: string[] = [];
    link.addEventListener('focusin', (event) => announced.push(event.type));
    await appReady();
    expect(announced).toEqual(['focusin']);
  });

  it(`inserts the preloads ${PRELOADS_PER_TASK} a task, in their order, so no task inserts them all`, () => {
    vi.useFakeTimers();
    const files = Array.from({ length: 2 * PRELOADS_PER_TASK + 1 }, (_, i) => `chunk-${i}.js`);
    loadPage({ preloads: files.map((file, i) => preload(file, i === files.length - 1)) });
    window.dispatchEvent(new Event('keydown'));
    expect(entryScripts()).toEqual([`/assets/${files.at(-1)}`]);
    const inserted = () => preloadsInHead().map((href) => href?.replace('/assets/', ''));
    vi.advanceTimersToNextTimer();
    expect(inserted()).toEqual(files.slice(0, PRELOADS_PER_TASK));
    vi.advanceTimersToNextTimer();
    expect(inserted()).toEqual(files.slice(0, 2 * PRELOADS_PER_TASK));
    vi.runAllTimers();
    expect(inserted()).toEqual(files);
  });

  it('starts the app when the browser goes offline: the page must say so', () => {
    loadPage();
    window.dispatchEvent(new Event('offline'));
    expect(entryScripts()).toEqual(['/assets/index.js']);
  });

  it('keeps the browser’s install offer for the app, and hands it over once the app is ready', async () => {
    loadPage();
    const offer = new Event('beforeinstallprompt', { cancelable: true });
    window.dispatchEvent(offer);
    expect(offer.defaultPrevented).toBe(true);
    expect(entryScripts()).toEqual([]);
    const seenByApp: Event[] = [];
    window.dispatchEvent(new Event('pointermove'));
    window.addEventListener('beforeinstallprompt', (event) => seenByApp.push(event));
    await appReady();
    expect(seenByApp).toEqual([offer]);
  });
});

describe('pages that are not whole without the app start at the first paint', () => {
  it('the app shell (nothing prerendered), once the document is parsed', () => {
    loadPage({ prerendered: false });
    expect(entryScripts()).toEqual([]);
    document.dispatchEvent(new Event('DOMContentLoaded'));
    expect(entryScripts()).toEqual(['/assets/index.js']);
  });

  it.each([
    ['/en/search?q=Lavrov', '/en/search', true],
    ['/en/section/politics/', '/en/section/politics', false],
    ['/fa/tag/%D8%A8', '/fa/tag/ب', false],
    ['/en/nowhere', null, false],
  ])('markup made for another address: at %s, markup for %s starts the app: %s', (address, path, starts) => {
    history.replaceState(null, '', address);
    loadPage();
    const attribute = path === null ? '' : ` data-path="${path}"`;
    document.body.insertAdjacentHTML('beforeend', `<script type="application/json" id="state"${attribute}>{}</script>`);
    document.dispatchEvent(new Event('DOMContentLoaded'));
    expect(entryScripts()).toEqual(starts ? ['/assets/index.js'] : []);
    history.replaceState(null, '', '/');
  });

  it.each([
    ['saved articles on the device', () => localStorage.setItem('dateline-saved', '1')],
    ['a chosen theme (set by the boot script)', () => (document.documentElement.dataset.theme = 'dark')],
    ['an offline browser', () => Object.defineProperty(navigator, 'onLine', { value: false, configurable: true })],
  ])('%s', (_, arrange) => {
    arrange();
    loadPage();
    expect(entryScripts()).toEqual([]);
    PaintObserver.instances[0]!.report('first-contentful-paint');
    expect(entryScripts()).toEqual(['/assets/index.js']);
  });

  it('at once in a tab that is not visible, and after five seconds should no paint be reported', () => {
    localStorage.setItem('dateline-saved', '1');
    loadPage({ visibility: 'hidden' });
    expect(entryScripts()).toEqual(['/assets/index.js']);
    vi.useFakeTimers();
    loadPage();
    vi.advanceTimersByTime(4999);
    expect(entryScripts()).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(entryScripts()).toEqual(['/assets/index.js']);
  });
});

describe('a tap before the app is ready', () => {
  const body = `<a id="story" href="/en/news/1/story">Story</a><button id="save" type="button">Save</button>
    <a id="away" href="https://elsewhere.example/">Away</a><a id="skip" href="#main">Skip</a>`;

  it('is held, and replayed on the same element once the app is ready', async () => {
    loadPage({ body });
    const link = document.getElementById('story')!;
    const seen: boolean[] = [];
    link.addEventListener('click', (event) => seen.push(event.defaultPrevented));
    link.click();
    expect(seen).toEqual([true]);
    expect(entryScripts()).toEqual(['/assets/index.js']);
    expect(document.documentElement.hasAttribute('data-app-starting')).toBe(true);
    await appReady();
    // The replay reaches the app's handlers (the router's link) as a click it may act on.
    expect(seen).toEqual([true, false]);
    expect(document.documentElement.hasAttribute('data-app-starting')).toBe(false);
    // Later clicks are the app's alone.
    link.click();
    expect(seen).toEqual([true, false, false]);
  });

  it('holds buttons too, and only the latest tap', async () => {
    loadPage({ body });
    const save = document.getElementById('save')!;
    const link = document.getElementById('story')!;
    let saves = 0;
    let links = 0;
    save.addEventListener('click', (event) => !event.defaultPrevented && saves++);
    link.addEventListener('click', (event) => !event.defaultPrevented && links++);
    link.click();
    save.click();
    await appReady();
    expect([saves, links]).toEqual([1, 0]);
  });

  it.each([
    ['a link to another site', 'away', {}],
    ['an in-page anchor (the skip link)', 'skip', {}],
    ['a click with a modifier (a new tab)', 'story', { ctrlKey: true }],
  ])('leaves %s to the browser', (_, id, init) => {
    loadPage({ body });
    let heldBeforeTarget = true;
    document.getElementById(id)!.addEventListener('click', (event) => (heldBeforeTarget = event.defaultPrevented));
    document.getElementById(id)!.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, ...init }));
    expect(heldBeforeTarget).toBe(false);
    expect(document.documentElement.hasAttribute('data-app-starting')).toBe(false);
  });

  it(`is let go after ${HELD_CLICK_MS / 1000} s without the app: a button's tap is dropped, the page stays usable`, () => {
    vi.useFakeTimers();
    loadPage({ body });
    document.getElementById('save')!.click();
    expect(document.documentElement.hasAttribute('data-app-starting')).toBe(true);
    vi.advanceTimersByTime(HELD_CLICK_MS);
    expect(document.documentElement.hasAttribute('data-app-starting')).toBe(false);
  });
});

describe('typing or choosing before the app is ready', () => {
  const body = `<input id="q" type="search"><select id="theme"><option value="system">System</option><option value="dark">Dark</option></select>`;

  it('starts the app, and tells it the typed text once it is ready, past a React-style value tracker', async () => {
    loadPage({ body });
    const field = document.getElementById('q') as HTMLInputElement;
    field.value = 'Lavrov';
    field.dispatchEvent(new Event('input', { bubbles: true }));
    expect(entryScripts()).toEqual(['/assets/index.js']);
    // Hydration: React puts its tracker on the element (the value it last knew) and may reset the field.
    const native = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!;
    let tracked = '';
    Object.defineProperty(field, 'value', {
      configurable: true,
      get: () => native.get!.call(field),
      set: (value: string) => {
        tracked = value;
        native.set!.call(field, value);
      },
    });
    field.value = '';
    const seen: { dom: string; tracked: string }[] = [];
    field.addEventListener('input', () => seen.push({ dom: field.value, tracked }));
    await appReady();
    // React fires onChange when the element's value differs from its tracker's.
    expect(seen).toEqual([{ dom: 'Lavrov', tracked: '' }]);
  });

  it('tells the app the option chosen, with the event React listens for on a select', async () => {
    loadPage({ body });
    const select = document.getElementById('theme') as HTMLSelectElement;
    select.value = 'dark';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    expect(entryScripts()).toEqual(['/assets/index.js']);
    select.value = 'system';
    const seen: string[] = [];
    select.addEventListener('change', () => seen.push(select.value));
    await appReady();
    expect(seen).toEqual(['dark']);
  });
});

describe('the service worker', () => {
  it('is registered at load, whether the app starts or not', () => {
    loadPage();
    expect(container.register).not.toHaveBeenCalled();
    window.dispatchEvent(new Event('load'));
    expect(container.register).toHaveBeenCalledWith('/sw.js', { scope: '/' });
    expect(entryScripts()).toEqual([]);
  });

  it('is handed the page’s API files, those fetched since and the loaded images when it first takes control, once each', () => {
    const fetches: [string, RequestInit | undefined][] = [];
    vi.stubGlobal('fetch', vi.fn(async (url: string, init?: RequestInit) => fetches.push([url, init])));
    const origin = location.origin;
    vi.spyOn(performance, 'getEntriesByType').mockReturnValue([
      { name: `${origin}/api/v1/en/articles/1.json`, initiatorType: 'fetch' },
      { name: `${origin}/api/v1/en/sections/politics/page-1.json`, initiatorType: 'fetch' },
      { name: 'https://images.example/b.jpg', initiatorType: 'img' },
      { name: 'data:image/png;base64,AAAA', initiatorType: 'img' },
      { name: `${origin}/assets/index-abc.js`, initiatorType: 'script' },
      { name: `${origin}/manifest.webmanifest`, initiatorType: 'link' },
    ] as unknown as PerformanceEntryList);
    loadPage();
    document.body.insertAdjacentHTML('beforeend', '<script type="application/json" id="state" data-api="/api/v1/site.json /api/v1/en/articles/1.json">{}</script>');
    container.dispatchEvent(new Event('controllerchange'));
    container.dispatchEvent(new Event('controllerchange'));
    expect(fetches).toEqual([
      [`${origin}/api/v1/site.json`, {}],
      [`${origin}/api/v1/en/articles/1.json`, {}],
      [`${origin}/api/v1/en/sections/politics/page-1.json`, {}],
      // Another origin's image can only come opaque.
      ['https://images.example/b.jpg', { mode: 'no-cors' }],
    ]);
  });

  it('is handed nothing when it already controlled the page (it saw every request)', () => {
    const fetch = vi.fn(async () => undefined);
    vi.stubGlobal('fetch', fetch);
    container.controller = {};
    loadPage();
    container.dispatchEvent(new Event('controllerchange'));
    expect(fetch).not.toHaveBeenCalled();
  });
});
