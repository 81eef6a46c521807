/**
 * The inline script that starts the app (decision 0623). The entry module,
 * its imports and the start-up stages wait in an inert <template> until the
 * page has painted: a <script type="module"> in the head is fetched the
 * moment the parser meets it, and on a slow link that request competes with
 * the page's own first paint (Lighthouse charges it to FCP and LCP).
 *
 * Plain ES5 in a string, shipped as it is written here: it runs before any
 * module, and the build hashes its exact text into the Content-Security-
 * Policy. It adds the entry, then the preloads in the next task, at the first contentful paint; at once in a tab
 * that is not visible (it will not paint until shown); at DOMContentLoaded
 * when the page has no prerendered content to paint (the app shell); and
 * after five seconds should no paint ever be reported.
 */
export function startupLoaderScript(templateId: string): string {
  return `(function () {
  var d = document, started = false, timer;
  function start() {
    if (started) return;
    started = true;
    clearTimeout(timer);
    var template = d.getElementById(${JSON.stringify(templateId)});
    var entry = template && template.content.querySelector('[data-entry]');
    if (!entry) return;
    var script = d.createElement('script');
    script.type = 'module';
    script.src = entry.getAttribute('href');
    d.head.appendChild(script);
    // Each preload starts its request as it is inserted (a few tenths of a millisecond each): in a task of its own.
    setTimeout(function () { d.head.appendChild(template.content); }, 0);
  }
  var P = window.PerformanceObserver;
  if (d.visibilityState !== 'visible' || !P || !P.supportedEntryTypes || P.supportedEntryTypes.indexOf('paint') < 0) return start();
  var observer = new P(function (list) {
    if (list.getEntriesByName('first-contentful-paint').length > 0) {
      observer.disconnect();
      start();
    }
  });
  observer.observe({ type: 'paint', buffered: true });
  timer = setTimeout(start, 5000);
  d.addEventListener('DOMContentLoaded', function () {
    var root = d.getElementById('root');
    if (!root || !root.hasChildNodes()) start();
  });
})();`;
}
