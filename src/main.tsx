/**
 * The page's first module, small on purpose. A prerendered page is readable
 * as it arrives, so this is not even fetched before the browser has painted
 * it: the inline loader that tools/startup-preload writes into index.html
 * adds it, with a preload of every module below, at the first contentful
 * paint. Then a worker warms the Intl formatters while the libraries are
 * evaluated here, one per task, with the main thread given back in between,
 * so a tap or scroll during start-up is answered and no single task blocks
 * for long; the app itself starts last (app/start.tsx).
 */
import { yieldToMain } from './app/yieldToMain';
import { startupFormats } from './i18n/intlFormats';
import { warmIntlOffThread } from './i18n/warmIntlOffThread';
import './styles/index.css';

// Each stage names one export it uses, so the bundler still drops what the app never imports: a bare import()
// would keep a library's every export.
const libraries = [
  () => import('react').then(({ createElement }) => createElement),
  () => import('react-dom/client').then(({ hydrateRoot }) => hydrateRoot),
  () => import('react-router-dom').then(({ RouterProvider }) => RouterProvider),
  () => import('@tanstack/react-query').then(({ QueryClient }) => QueryClient),
];

/** The edition's locale as the page declares it (og:locale, from content/site.yaml), e.g. en-GB. */
function pageLocale(): string {
  const ogLocale = document.querySelector<HTMLMetaElement>('meta[property="og:locale"]')?.content;
  return ogLocale ? ogLocale.replace('_', '-') : document.documentElement.lang || 'en';
}

// A User Timing mark: field monitoring (and e2e/first-paint.spec.ts) can see the app started after the first paint.
performance.mark('dateline:app-start');
// The first Intl formatter costs tens of milliseconds (ICU's locale tables), once per process: a worker pays
// that on another core while the libraries download and evaluate here.
const locale = pageLocale();
const intlWarmed = warmIntlOffThread(locale);
for (const stage of libraries) {
  await yieldToMain();
  await stage();
}
await intlWarmed;
// Made before the app, so hydration finds them ready; each in a task of its own in case the worker could not
// help (then the first is the slow one).
for (const format of startupFormats) {
  await yieldToMain();
  format(locale);
}
await yieldToMain();
await import('./app/start');
