/**
 * The page's first script, small on purpose. A prerendered page is readable
 * as it arrives, so nothing here runs before the browser has painted it.
 * Then the Intl formatters are made and the libraries evaluated, one per task, with the main thread given
 * back in between, so a tap or scroll during start-up is answered and no
 * single task blocks for long; the app itself starts last (app/start.tsx).
 * Once painted, every module below is preloaded at once (tools/startup-preload
 * lists them in index.html), so no stage waits on the network in turn.
 */
import { afterFirstPaint, yieldToMain } from './app/yieldToMain';
import { startupFormats } from './i18n/intlFormats';
import './styles/index.css';

// Each stage names one export it uses, so the bundler still drops what the app never imports: a bare import()
// would keep a library's every export.
const stages = [
  () => import('react').then(({ createElement }) => createElement),
  () => import('react-dom/client').then(({ hydrateRoot }) => hydrateRoot),
  () => import('react-router-dom').then(({ RouterProvider }) => RouterProvider),
  () => import('@tanstack/react-query').then(({ QueryClient }) => QueryClient),
  () => import('./app/start'),
];

/** The edition's locale as the page declares it (og:locale, from content/site.yaml), e.g. en-GB. */
function pageLocale(): string {
  const ogLocale = document.querySelector<HTMLMetaElement>('meta[property="og:locale"]')?.content;
  return ogLocale ? ogLocale.replace('_', '-') : document.documentElement.lang || 'en';
}

// Only a prerendered page has something to paint before the app (the bare shell needs the app to show anything),
// and only a visible tab paints: one opened in the background starts at once.
if (document.getElementById('root')?.hasChildNodes() && document.visibilityState === 'visible') await afterFirstPaint();
// The start-up modules' preload links, kept inert until now so they did not compete with the page's first paint.
const startupModules = document.getElementById('dateline-startup-modules');
if (startupModules instanceof HTMLTemplateElement) document.head.append(startupModules.content);
// A User Timing mark: field monitoring (and e2e/first-paint.spec.ts) can see the app started after the first paint.
performance.mark('dateline:app-start');
// The first Intl formatter loads the locale's data (tens of milliseconds): made while the modules download, it
// costs no waiting, and hydration finds it ready.
const locale = pageLocale();
for (const format of startupFormats) {
  format(locale);
  await yieldToMain();
}
for (const stage of stages) {
  await stage();
  await yieldToMain();
}
