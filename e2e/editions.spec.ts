import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './axeCheck';
import { test, expect, SEED } from './fixtures';

const PERSIAN_DIGIT = /[۰-۹]/;
const ASCII_DIGIT = /[0-9]/;

/** The first story of the Persian politics listing: its address, once the page has rendered. */
async function openPersianArticle(page: Page): Promise<void> {
  await page.goto('/fa/section/politics');
  await page.locator('.listing .story-card__headline a').first().click();
  await expect(page.locator('.article__headline')).toBeVisible();
}

test.describe('the Persian edition', () => {
  test('is served right to left in Persian, in the prerendered HTML and the running app', async ({ page, request }) => {
    const html = await (await request.get('/fa')).text();
    expect(html).toMatch(/<html lang="fa" dir="rtl">/);
    await page.goto('/fa');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fa');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByRole('navigation', { name: 'بخش‌ها' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'سیاسی', exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: 'رفتن به محتوای اصلی' })).toBeAttached();
    await expect(page.locator('.masthead__tagline')).toHaveText('خبرهای خبرگزاری، همان لحظه که رخ می‌دهند');
    await expect(page).toHaveTitle('Dateline — خبرهای خبرگزاری، همان لحظه که رخ می‌دهند');
  });

  test('mirrors the layout: masthead from the right, the sidebar on the left of the article at 1280px', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await openPersianArticle(page);
    await page.waitForLoadState('networkidle');
    const article = (await page.locator('article.article').boundingBox())!;
    const sidebar = (await page.locator('aside.sidebars').boundingBox())!;
    expect(sidebar.x + sidebar.width).toBeLessThanOrEqual(article.x);
    const brand = (await page.locator('.masthead__brand').boundingBox())!;
    const switcher = (await page.getByRole('navigation', { name: 'نسخه‌ها' }).boundingBox())!;
    expect(brand.x).toBeGreaterThan(switcher.x);

    // And the English edition the other way round.
    await page.goto(SEED.path);
    await page.waitForLoadState('networkidle');
    const enArticle = (await page.locator('article.article').boundingBox())!;
    const enSidebar = (await page.locator('aside.sidebars').boundingBox())!;
    expect(enSidebar.x).toBeGreaterThanOrEqual(enArticle.x + enArticle.width);
  });

  test('writes dates, times and page numbers in Persian digits', async ({ page }) => {
    await openPersianArticle(page);
    const published = page.locator('.article__times time').first();
    await expect(published).toHaveText(PERSIAN_DIGIT);
    expect(await published.textContent()).not.toMatch(ASCII_DIGIT);

    await page.goto('/fa/section/politics?page=2');
    await expect(page.getByRole('navigation', { name: 'صفحه‌بندی' })).toContainText('صفحه ۲ از ۴');
    await expect(page).toHaveTitle(/سیاسی، صفحه ۲/);
    const times = await page.locator('.listing time').allTextContents();
    expect(times.length).toBeGreaterThan(0);
    for (const text of times) expect(text).not.toMatch(ASCII_DIGIT);
    // Numbered lists count in Persian too; listings stay unnumbered.
    expect(await page.locator('.listing').evaluate((ol) => getComputedStyle(ol).listStyleType)).toBe('none');
    const marker = await page.locator('.story-list-region__list').first().evaluate((ol) => getComputedStyle(ol).listStyleType);
    expect(marker).toBe('persian');
  });
});

test('the edition switcher links every edition in its own language and moves between them', async ({ page }) => {
  await page.goto('/en');
  const editions = page.getByRole('navigation', { name: 'Editions' });
  const persian = editions.getByRole('link', { name: 'فارسی' });
  await expect(persian).toHaveAttribute('hreflang', 'fa');
  await expect(persian).toHaveAttribute('lang', 'fa');
  await expect(persian).toHaveAttribute('href', '/fa');
  await expect(editions.getByRole('link', { name: 'English' })).toHaveAttribute('aria-current', 'true');
  await expect(persian).not.toHaveAttribute('aria-current', /.*/);

  await persian.click();
  await expect(page).toHaveURL(/\/fa$/);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const faEditions = page.getByRole('navigation', { name: 'نسخه‌ها' });
  await expect(faEditions.getByRole('link', { name: 'فارسی' })).toHaveAttribute('aria-current', 'true');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/خبرهای برگزیده/);

  await faEditions.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en$/);
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test.describe('axe finds nothing in the Persian edition', () => {
  test('home', async ({ page }) => {
    await page.goto('/fa');
    await expect(page.getByRole('heading', { level: 1 })).toBeAttached();
    await expectNoAxeViolations(page);
  });

  test('section', async ({ page }) => {
    await page.goto('/fa/section/international?page=2');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('بین‌الملل');
    await expectNoAxeViolations(page);
  });

  test('article', async ({ page }) => {
    await openPersianArticle(page);
    await expectNoAxeViolations(page);
  });
});
