/** Cold-load bytes and prefetched client navigation, measured in Chromium through Playwright. */
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../../e2e/browser';
import { recordLoadedCode } from '../../e2e/loadedCode';
import { median } from './pages';

export interface Bytes {
  raw: number;
  gzip: number;
  brotli: number;
  files: number;
}

export interface LoadBytes {
  js: Bytes;
  css: Bytes;
}

const empty = (): Bytes => ({ raw: 0, gzip: 0, brotli: 0, files: 0 });

/** Adds one file's bytes, compressed as the precompressed siblings are (gzip 9, brotli 11). */
function addBody(bucket: Bytes, body: Buffer): void {
  bucket.raw += body.length;
  bucket.gzip += gzipSync(body, { level: 9 }).length;
  bucket.brotli += brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  bucket.files++;
}

export const launch = () => chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });

/** The reader's first act on a loaded page, which starts the app (decision 0683); resolves once it is ready. */
export async function startApp(page: Page): Promise<void> {
  await page.mouse.move(5, 5);
  await page.locator('html[data-app-ready]').waitFor({ state: 'attached' });
  await page.waitForLoadState('networkidle');
}

/**
 * JS and CSS a cold load of `url` fetches (fresh context, so nothing cached), compressed as the server would;
 * with `act`, the reader's first act too, and the app it starts.
 */
export async function coldLoadBytes(browser: Browser, url: string, act = false): Promise<LoadBytes> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const result: LoadBytes = { js: empty(), css: empty() };
  const loaded = recordLoadedCode(page);
  await page.goto(url, { waitUntil: 'networkidle' });
  if (act) await startApp(page);
  for (const file of await loaded()) addBody(result[file.kind], file.body);
  // An inlined stylesheet (tools/inline-css) is CSS the load carries all the same, inside the HTML.
  const inline = await page.locator('style').evaluateAll((styles) => styles.map((s) => s.textContent ?? '').join(''));
  if (inline) addBody(result.css, Buffer.from(inline));
  await context.close();
  return result;
}

export interface NavigationFigures {
  /** Median of all runs, in milliseconds. */
  medianMs: number;
  /** The first run, from a freshly loaded page: the only one whose page code had not been loaded by an earlier visit. */
  firstMs: number;
}

/**
 * From a section page: hover a story link (the app prefetches its data and
 * code), then click and time until its headline is in the page and a frame
 * has passed.
 */
export async function prefetchedNavigation(browser: Browser, sectionUrl: string, runs: number): Promise<NavigationFigures> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(sectionUrl, { waitUntil: 'networkidle' });
  const links = page.locator('main .story-card__headline a');
  const count = await links.count();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const link = links.nth(i % count);
    const headline = (await link.innerText()).trim();
    await link.hover();
    await page.waitForLoadState('networkidle');
    // Let the prefetch settle into the cache before timing the click.
    await page.waitForTimeout(100);
    const href = (await link.getAttribute('href')) ?? '';
    const ms = Number(await page.evaluate(timedClick(href, headline)));
    times.push(ms);
    await page.goBack();
    await links.first().waitFor();
  }
  await context.close();
  return { medianMs: median(times), firstMs: times[0]! };
}

/**
 * The first tap on a story from a freshly loaded section page whose app has
 * not started: the tap is held while the app starts, then replayed (decision
 * 0683). Tap to headline painted, median of `runs`, each in a fresh context.
 */
export async function heldTapNavigation(browser: Browser, sectionUrl: string, runs: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(sectionUrl, { waitUntil: 'networkidle' });
    const link = page.locator('main .story-card__headline a').first();
    const headline = (await link.innerText()).trim();
    const href = (await link.getAttribute('href')) ?? '';
    times.push(Number(await page.evaluate(timedClick(href, headline))));
    await context.close();
  }
  return median(times);
}

/**
 * In-page script (a string: the bundler's helpers must not leak into the page)
 * that clicks the link and resolves with the milliseconds until the headline
 * is in the document and the next frame has been painted.
 */
function timedClick(href: string, headline: string): string {
  return `new Promise((resolve) => {
    const a = document.querySelector('main .story-card__headline a[href=' + JSON.stringify(${JSON.stringify(href)}) + ']');
    const text = ${JSON.stringify(headline)};
    const shown = () => Array.from(document.querySelectorAll('h1')).some((h) => (h.textContent || '').trim() === text);
    let start = 0;
    const observer = new MutationObserver(() => {
      if (!shown()) return;
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0));
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    start = performance.now();
    a.click();
  })`;
}
