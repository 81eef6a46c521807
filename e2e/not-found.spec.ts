import { fa } from '../src/i18n/fa';
import { expectNoAxeViolations } from './axeCheck';
import { test, expect } from './fixtures';

// The API answering 404 for a missing file is expected here; Chromium logs it.
test.use({ allowConsoleErrors: [/status of 404/] });

const cases = {
  'an unknown article id': '/en/news/2021/04/13/999999999/no-such-story',
  'an unknown section': '/en/section/no-such-section',
  'a page past the last one': '/en/section/politics?page=999',
  'an unknown path': '/en/this/is/not/a/page',
  'an unknown edition': '/xx',
};

for (const [what, path] of Object.entries(cases)) {
  test(`${what} is answered 404 with a not-found page and a way back`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    // The masthead and navigation stay usable.
    await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
    await page.getByRole('link', { name: 'Go to the front page' }).click();
    await expect(page).toHaveURL(/\/en$/);
    await expect(page.getByRole('region', { name: 'Top Stories' })).toBeVisible();
  });
}

test.describe('the Persian edition has its own not-found page', () => {
  const persianPaths = ['/fa/news/2020/01/01/99999999/nope', '/fa/section/no-such-section', '/fa/no/such/page'];

  for (const path of persianPaths) {
    test(`${path} answers 404 with a Persian, right-to-left page`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      const html = await response!.text();
      expect(html).toMatch(/<html lang="fa" dir="rtl">/);
      expect(html).toContain(fa.notFoundHeading);
      await expect(page.locator('html')).toHaveAttribute('lang', 'fa');
      await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
      await expect(page.getByRole('heading', { level: 1, name: fa.notFoundHeading })).toBeVisible();
      await expect(page.getByText(fa.notFoundText)).toBeVisible();
      await page.getByRole('link', { name: fa.goToFrontPage }).click();
      await expect(page).toHaveURL(/\/fa$/);
    });
  }

  test('axe finds nothing on it', async ({ page }) => {
    await page.goto(persianPaths[0]!);
    await expect(page.getByRole('heading', { level: 1, name: fa.notFoundHeading })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('other editions and unknown ones keep the English page', async ({ request }) => {
    for (const path of ['/en/section/no-such-section', '/xx/anything', '/fax/nope']) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(404);
      const html = await response.text();
      expect(html, path).toMatch(/<html lang="en" dir="ltr">/);
      expect(html, path).toContain('Page not found');
    }
  });
});
