/**
 * Preloads inserted per task. Each starts its request as it is inserted, and at 4x CPU throttling (Long Animation
 * Frames, section page) that took 5-20 ms a link: the 18 of the sample build inserted at once were one 66-176 ms
 * task, three at a time still up to 59 ms.
 */
export const PRELOADS_PER_TASK = 1;

/**
 * The inline script that starts the app (decision 0623). The entry module,
 * its imports and the start-up stages wait in an inert <template> until the
 * page has painted: a <script type="module"> in the head is fetched the
 * moment the parser meets it, and on a slow link that request competes with
 * the page's own first paint (Lighthouse charges it to FCP and LCP).
 *
 * Plain ES5 in a string, shipped as it is written here: it runs before any
 * module, and the build hashes its exact text into the Content-Security-
 * Policy. It adds the entry at the first contentful paint, then the preloads,
 * one a task, from the next task on. It starts at once in a tab that is not
 * visible (it will not paint until shown); at DOMContentLoaded when the page
 * has no prerendered content to paint (the app shell); and after five seconds
 * should no paint ever be reported.
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
    // Each preload starts its request as it is inserted, which takes milliseconds on a slow phone: from the next
    // task on, a set number a task, so inserting them never makes a long task.
    var preloads = template.content;
    setTimeout(function insert() {
      for (var i = 0; i < ${PRELOADS_PER_TASK} && preloads.firstElementChild; i++) d.head.appendChild(preloads.firstElementChild);
      if (preloads.firstElementChild) setTimeout(insert, 0);
    }, 0);
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
