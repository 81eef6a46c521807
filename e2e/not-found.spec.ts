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
  test(`${what} shows a not-found page with a way back`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    // The masthead and navigation stay usable.
    await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
    await page.getByRole('link', { name: 'Go to the front page' }).click();
    await expect(page).toHaveURL(/\/en$/);
    await expect(page.getByRole('region', { name: 'Top Stories' })).toBeVisible();
  });
}
