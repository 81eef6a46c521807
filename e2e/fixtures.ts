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
export const test = base.extend<{ pageErrors: string[]; allowConsoleErrors: RegExp[] }>({
  allowConsoleErrors: [[], { option: true }],
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
