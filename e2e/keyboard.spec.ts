import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';

/** Presses Tab (or Shift+Tab) until `target` has focus, checking every stop shows a visible focus indicator. */
async function tabTo(page: Page, target: Locator, { back = false, max = 60 } = {}) {
  const handle = await target.elementHandle();
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const stop = await page.evaluate((wanted) => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      return { what: el.outerHTML.slice(0, 80), style: style.outlineStyle, width: parseFloat(style.outlineWidth), reached: el === wanted };
    }, handle);
    if (stop) {
      expect(stop.style, `focus indicator on ${stop.what}`).not.toBe('none');
      expect(stop.width, `focus indicator on ${stop.what}`).toBeGreaterThanOrEqual(2);
      if (stop.reached) return;
    }
  }
  throw new Error(`never reached ${target.toString()} by keyboard`);
}

async function expectArrivedAt(page: Page, heading: string | RegExp) {
  const h1 = page.getByRole('heading', { level: 1 });
  await expect(h1).toHaveText(heading);
  await expect(h1).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: await page.title() })).toHaveCount(1);
}

for (const theme of ['light', 'dark'] as const) {
  test(`keyboard only, ${theme} theme: home to an article and back, focus on each new page's h1`, async ({ page }) => {
    // Dozens of key presses, each checked: slow on a busy machine.
    test.slow();
    await page.addInitScript((t) => localStorage.setItem('dateline-theme', t), theme);
    await page.goto('/en');
    const homeHeading = page.getByRole('heading', { level: 1 });
    await expect(homeHeading).toBeVisible();

    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();

    const story = page.getByRole('main').locator('.story-card__headline a').first();
    const headline = (await story.textContent()) ?? '';
    await tabTo(page, story);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/en\/news\//);
    await expectArrivedAt(page, headline);

    // Back the way a keyboard user would: to the site name, then Enter.
    const brand = page.getByRole('banner').getByRole('link', { name: 'Dateline', exact: true });
    await tabTo(page, brand, { back: true });
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/en$/);
    await expectArrivedAt(page, /Dateline/);
  });
}

test('the first page load keeps focus where the browser puts it; no announcement', async ({ page }) => {
  await page.goto('/en/section/politics');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
  await expect(page.getByRole('status').filter({ hasText: /./ })).toHaveCount(0);
});

test('the display settings work from the keyboard', async ({ page }) => {
  await page.goto('/en');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const theme = page.getByRole('combobox', { name: 'Theme' });
  await tabTo(page, theme);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(theme).toHaveValue('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

  const size = page.getByRole('combobox', { name: 'Text size' });
  await page.keyboard.press('Tab');
  await expect(size).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'large');
});
