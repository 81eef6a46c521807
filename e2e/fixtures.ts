import { test as base, expect, type Page } from '@playwright/test';

export const SEED = {
  path: '/en/news/2021/04/13/2484159/president-urges-expansion-of-iran-russia-military-ties',
  headline: 'President Urges Expansion of Iran-Russia Military Ties',
  lead: 'TEHRAN (Tasnim) – Iranian President Hassan Rouhani called for the promotion of military and defense cooperation with Russia.',
  lastParagraph:
    'The senior Russian diplomat held talks with Iranian Foreign Minister Mohammad Javad Zarif earlier on Tuesday.',
  apiFile: '**/api/v1/en/articles/2484159.json',
} as const;

/**
 * Every test fails on an uncaught page error or a console error, unless it
 * declares the console errors it provokes (e.g. a deliberately failing request).
 */
export const test = base.extend<{ pageErrors: string[]; allowConsoleErrors: RegExp[]; readerActs: boolean; appReady: void }>({
  allowConsoleErrors: [[], { option: true }],
  // Off for the tests of a reader who has not yet acted on the page (e2e/start-on-intent.spec.ts).
  readerActs: [true, { option: true }],
  appReady: [
    async ({ page, readerActs }, provide) => {
      if (!readerActs) return provide();
      const goto = page.goto.bind(page);
      const reload = page.reload.bind(page);
      page.goto = async (...args) => {
        const response = await goto(...args);
        await waitForApp(page);
        return response;
      };
      page.reload = async (...args) => {
        const response = await reload(...args);
        await waitForApp(page);
        return response;
      };
      await provide();
    },
    { auto: true },
  ],
  pageErrors: [
    async ({ page, allowConsoleErrors }, use) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const text = message.text();
      // A failed request the test provoked on purpose shows up as a console error.
      if (allowConsoleErrors.some((pattern) => pattern.test(text))) return;
      errors.push(`console: ${text}`);
    });
      await use(errors);
      expect(errors, 'no uncaught errors or console errors').toEqual([]);
    },
    { auto: true },
  ],
});

/**
 * A prerendered page is on screen before the app takes it over, and the app
 * starts on the reader's first act (decision 0683). Navigations act as a
 * reader with a mouse does, moving it over the page, and wait for the app
 * (`<html data-app-ready>`, src/ssr/AppReady.tsx), so a test's first hover
 * or click reaches the app rather than the static markup. Documents without
 * the app (feeds, robots.txt) do not wait. e2e/start-on-intent.spec.ts
 * covers the reader who does not act, and taps made before the app is ready.
 */
export async function waitForApp(page: Page): Promise<void> {
  // Two moves: one of them changes the pointer's position, so the page sees a pointermove.
  await page.mouse.move(2, 2).catch(() => undefined);
  await page.mouse.move(1, 1).catch(() => undefined);
  await page
    .waitForFunction(() => !document.getElementById('root') || document.documentElement.hasAttribute('data-app-ready'), undefined, {
      timeout: 10_000,
    })
    // A page the app never takes over (a failed load a test provokes) is the test's to judge, not this wait's.
    .then(() => undefined, () => undefined);
}

export { expect };

/** Marks the current document so a later check can tell whether the browser reloaded it. */
export async function markDocument(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { __dateline_marker: boolean }).__dateline_marker = true;
  });
}

export async function documentWasKept(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as { __dateline_marker?: boolean }).__dateline_marker === true);
}
