/**
 * Preloads inserted per task. Each starts its request as it is inserted, and at 4x CPU throttling (Long Animation
 * Frames, section page) that took 5-20 ms a link: the 18 of the sample build inserted at once were one 66-176 ms
 * task, three at a time still up to 59 ms.
 */
export const PRELOADS_PER_TASK = 1;

/** What the reader does that starts the app (decision 0683): any sign they are about to act on the page. */
export const INTENT_EVENTS = ['pointerdown', 'pointermove', 'touchstart', 'keydown', 'focusin', 'wheel', 'scroll'] as const;

/** A click held for the app is let through as the browser's own after this long without the app. */
export const HELD_CLICK_MS = 5000;

export interface StartupLoaderOptions {
  /** The inert <template> holding the entry and the start-up modules' preloads. */
  templateId: string;
  /** The service worker's address, registered at the page's load event whether the app starts or not. */
  serviceWorker: string;
  /** localStorage key the saved feature sets while the device holds saved articles. */
  savedMarker: string;
  /** The prerender's state element: `data-path`, the address its markup is for; `data-api`, the files its data came from. */
  stateId: string;
  /** The content API's base (a path or an absolute URL, no trailing slash), as the app's apiBase. */
  apiBase: string;
}

/**
 * The inline script that starts the app (decisions 0623, 0683). A
 * prerendered page is whole without the app, so the app starts only when
 * the reader shows intent (a pointer, a key, focus, a scroll): a reader
 * who only reads fetches and runs no script. The app starts as soon as the
 * page has painted when the page is not whole without it: the app shell
 * (nothing prerendered), a device with the reader's own state (saved
 * articles, a chosen theme or text size, which the page must reflect), an
 * offline browser (the page says so). The browser's install offer is kept
 * and handed to the app once it runs, which then shows the Install button.
 *
 * A click on the page's links and controls before the app is ready is held
 * and replayed on the same element once it is (`<html data-app-ready>`,
 * src/ssr/AppReady.tsx), so the first tap is an in-app navigation or a
 * working button; a held link goes ahead as the browser's own if the app
 * fails or takes over HELD_CLICK_MS. Text typed and options chosen before
 * then start the app too, and are told to it once it is ready.
 *
 * The service worker is registered at load in any case, and when it first
 * takes control it is handed the page's API files and images, and any the
 * app has fetched since, so the page reads offline later even if the app
 * never ran here.
 *
 * Plain ES5 in a string, shipped as it is written here: it runs before any
 * module, and the build hashes its exact text into the Content-Security-
 * Policy. It adds the entry, then the preloads one per task from the next
 * task on.
 */
export function startupLoaderScript(options: StartupLoaderOptions): string {
  const { templateId, serviceWorker, savedMarker, stateId, apiBase } = options;
  return shipped(`(function () {
  var d = document, w = window, html = d.documentElement, n = navigator, started = false, ready = false, held = null, offer = null, edits = [], hovered = null, timer;
  var intents = ${JSON.stringify(INTENT_EVENTS)};
  function start() {
    if (started) return;
    started = true;
    clearTimeout(timer);
    for (var i = 0; i < intents.length; i++) w.removeEventListener(intents[i], start, true);
    var template = d.getElementById(${JSON.stringify(templateId)});
    var entry = template && template.content.querySelector('[data-entry]');
    if (!entry) return release();
    var script = d.createElement('script');
    script.type = 'module';
    script.src = entry.getAttribute('href');
    script.onerror = release;
    d.head.appendChild(script);
    // Each preload starts its request as it is inserted, which takes milliseconds on a slow phone: from the next
    // task on, a set number a task, so inserting them never makes a long task.
    // A reader waiting on a held tap is better served by every request at once.
    var preloads = template.content, perTask = held ? Infinity : ${PRELOADS_PER_TASK};
    setTimeout(function insert() {
      for (var i = 0; i < perTask && preloads.firstElementChild; i++) d.head.appendChild(preloads.firstElementChild);
      if (preloads.firstElementChild) setTimeout(insert, 0);
    }, 0);
  }
  // The held click, on the element it was meant for; a link whose element the app replaced goes by address.
  function release() {
    var target = held;
    held = null;
    html.removeAttribute('data-app-starting');
    if (!target) return;
    if (ready && target.isConnected) target.click();
    else if (target.href) location.assign(target.href);
  }
  // What the reader typed or chose before the app was ready, told to the app as if done now: the value is put back
  // through the element's own setter (React's value tracker then holds another) and the native one, and the event
  // React listens for is sent, so the app's state takes the reader's value.
  function replayEdits() {
    for (var i = 0; i < edits.length; i++) {
      var el = edits[i].el, value = edits[i].value, select = el.tagName === 'SELECT';
      if (!el.isConnected) continue;
      var proto = select ? HTMLSelectElement.prototype : el.tagName === 'TEXTAREA' ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
      el.value = value === '' ? ' ' : '';
      Object.getOwnPropertyDescriptor(proto, 'value').set.call(el, value);
      el.dispatchEvent(new Event(select ? 'change' : 'input', { bubbles: true }));
    }
    edits = [];
  }
  function edited(event) {
    var root = d.getElementById('root'), el = event.target;
    if (ready || !root || !el || !el.tagName || !root.contains(el) || !/^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName)) return;
    // A check box's or radio's click is held instead, so it never changes before the app has it.
    if (el.type === 'checkbox' || el.type === 'radio') return;
    for (var i = edits.length - 1; i >= 0; i--) if (edits[i].el === el) edits.splice(i, 1);
    edits.push({ el: el, value: el.value });
    start();
  }
  d.addEventListener('input', edited, true);
  d.addEventListener('change', edited, true);
  new MutationObserver(function (changes, observer) {
    if (!html.hasAttribute('data-app-ready')) return;
    observer.disconnect();
    ready = true;
    replayEdits();
    release();
    // The app prefetches a link's page on pointerenter and focus: the link under the pointer, or focused, before it
    // was listening is announced again.
    var root = d.getElementById('root'), focused = d.activeElement;
    if (hovered && hovered.isConnected && hovered.matches(':hover') && w.PointerEvent) {
      hovered.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, pointerType: 'mouse' }));
    }
    if (focused && focused.tagName === 'A' && root && root.contains(focused)) focused.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    if (offer) w.dispatchEvent(offer);
    offer = null;
  }).observe(html, { attributes: true, attributeFilter: ['data-app-ready'] });
  d.addEventListener('click', function (event) {
    var root = d.getElementById('root'), node = event.target;
    if (ready || event.defaultPrevented || !root || !node || !node.closest || !root.contains(node)) return;
    var target = node.closest('a[href],button,input[type=checkbox],input[type=radio],input[type=submit],label');
    if (!target) return;
    if (target.tagName === 'A') {
      // New tabs, downloads, other sites and in-page anchors are the browser's to follow.
      if (event.button || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      if ((target.target && target.target !== '_self') || target.hasAttribute('download') || target.origin !== location.origin) return;
      if (target.hash && target.pathname === location.pathname && target.search === location.search) return;
    }
    event.preventDefault();
    held = target;
    html.setAttribute('data-app-starting', '');
    start();
    setTimeout(function () { if (held === target && !ready) release(); }, ${HELD_CLICK_MS});
  }, true);
  for (var i = 0; i < intents.length; i++) w.addEventListener(intents[i], start, { capture: true, passive: true });
  d.addEventListener('pointerover', function (event) {
    if (!ready && event.target.closest) hovered = event.target.closest('a[href]');
  }, { capture: true, passive: true });
  w.addEventListener('offline', start);
  // The browser's install offer waits here for the app, which shows the Install button (and cannot before it runs);
  // the mini-infobar is kept away as the app itself does (src/features/offline/installPrompt.ts).
  w.addEventListener('beforeinstallprompt', function (event) {
    if (ready) return;
    event.preventDefault();
    offer = event;
  });
  w.addEventListener('appinstalled', function () { offer = null; });
  var own = false;
  try { own = !!localStorage.getItem(${JSON.stringify(savedMarker)}); } catch (e) {}
  // The boot script sets these from the reader's stored theme and text size; the settings controls show them.
  own = own || html.hasAttribute('data-theme') || html.hasAttribute('data-text-size') || n.onLine === false;
  if (own) {
    var P = w.PerformanceObserver;
    if (d.visibilityState !== 'visible' || !P || !P.supportedEntryTypes || P.supportedEntryTypes.indexOf('paint') < 0) start();
    else {
      var observer = new P(function (list) {
        if (list.getEntriesByName('first-contentful-paint').length > 0) {
          observer.disconnect();
          start();
        }
      });
      observer.observe({ type: 'paint', buffered: true });
      timer = setTimeout(start, 5000);
    }
  }
  // As src/ssr/prerenderState.ts rendersAddress: the browser percent-encodes what the prerender wrote as text.
  function decoded(address) {
    try { return decodeURI(address); } catch (e) { return address; }
  }
  d.addEventListener('DOMContentLoaded', function () {
    var root = d.getElementById('root'), state = d.getElementById(${JSON.stringify(stateId)});
    var path = state && state.getAttribute('data-path');
    var here = location.pathname.replace(/(.)\\/+$/, '$1') + location.search;
    // Nothing prerendered (the app shell), or markup made for another address (the empty search page for ?q=).
    if (!root || !root.hasChildNodes() || (path !== null && decoded(path) !== decoded(here))) start();
  });
  if (!n.serviceWorker) return;
  var controlled = !!n.serviceWorker.controller;
  w.addEventListener('load', function () {
    n.serviceWorker.register(${JSON.stringify(serviceWorker)}, { scope: '/' }).catch(function () {});
  });
  // The first worker takes control once installed (clientsClaim) but saw none of this page's requests: the API
  // files the page was made from (data-api), those the app fetched since, and the images are asked for again
  // through it, to be kept for offline reading. The HTTP cache usually answers.
  n.serviceWorker.addEventListener('controllerchange', function () {
    if (controlled) return;
    controlled = true;
    var state = d.getElementById(${JSON.stringify(stateId)});
    var urls = ((state && state.getAttribute('data-api')) || '').split(' '), seen = {};
    var api = new URL(${JSON.stringify(`${apiBase}/`)}, location.href).href;
    var entries = w.performance && performance.getEntriesByType ? performance.getEntriesByType('resource') : [];
    for (var i = 0; i < entries.length; i++) {
      var name = entries[i].name;
      if (entries[i].initiatorType === 'img' ? /^https?:/.test(name) : name.indexOf(api) === 0) urls.push(name);
    }
    for (var j = 0; j < urls.length; j++) {
      if (!urls[j]) continue;
      var url = new URL(urls[j], location.href);
      if (seen[url.href]) continue;
      seen[url.href] = true;
      // An image from another origin can only come opaque; the API answers CORS requests.
      var image = url.href.indexOf(api) !== 0;
      fetch(url.href, image && url.origin !== location.origin ? { mode: 'no-cors' } : {}).catch(function () {});
    }
  });
})();`);
}

/** The comments above are for this file's readers: every page carries the loader, so it ships without them. */
function shipped(source: string): string {
  return source
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('//'))
    .join('\n');
}
