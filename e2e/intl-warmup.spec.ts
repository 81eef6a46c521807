import { expect, SEED, test } from './fixtures';
import { expectRelativeListingTime } from './listingTime';

/**
 * Decision 0625: a worker makes the start-up Intl formatters while the
 * libraries load, so the main thread's first formatter does not pay for ICU's
 * locale tables. Readers see the same dates either way; these tests check the
 * worker is really used, per edition, and that the page does not depend on it.
 */
const WORKER_SCRIPT = /\/assets\/intlWarmup\.worker-[\w-]+\.js$/;

const warmMarks = () =>
  performance.getEntriesByName('dateline:intl-warm').map((mark) => ({ locale: (mark as PerformanceMark).detail as unknown }));

for (const { path, locale } of [
  { path: SEED.path, locale: 'en-GB' },
  { path: '/fa', locale: 'fa-IR' },
]) {
  test(`${path}: a worker makes the ${locale} formatters at start-up, then closes`, async ({ page }) => {
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await page.goto(path);
    expect(workers).toEqual([expect.stringMatching(WORKER_SCRIPT)]);
    expect(await page.evaluate(warmMarks)).toEqual([{ locale }]);
    // Its job done, it closes itself rather than idling for the page's lifetime.
    await expect.poll(() => page.workers().length).toBe(0);
  });
}

test.describe('without the worker', () => {
  test.use({ allowConsoleErrors: [/intlWarmup|ERR_FAILED/] });

  test('the app still starts and listings still show relative times', async ({ page }) => {
    await page.route(WORKER_SCRIPT, (route) => route.abort());
    await expectRelativeListingTime(page, '/en/section/politics', Date.parse('2021-05-03T12:00:00Z'), 'en-GB');
    await expect(page.locator('html')).toHaveAttribute('data-app-ready');
    expect(await page.evaluate(warmMarks)).toEqual([]);
  });
});
