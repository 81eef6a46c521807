import { expectNoAxeViolations } from './axeCheck';
import { test, expect, SEED } from './fixtures';

test('an article’s tag links to a page listing the tag’s stories', async ({ page }) => {
  await page.goto(SEED.path);
  const tags = page.getByRole('region', { name: 'Tags' });
  await tags.getByRole('link', { name: 'Sergei Lavrov' }).click();
  await expect(page).toHaveURL(/\/en\/tag\/sergei-lavrov$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sergei Lavrov');
  await expect(page).toHaveTitle(/^Sergei Lavrov \| Dateline$/);
  await expect(page.getByText('1 story', { exact: true })).toBeVisible();
  await page.locator('.listing').getByRole('link', { name: SEED.headline }).click();
  await expect(page).toHaveURL(SEED.path);
});

test('a busy tag pages like a section, newest first', async ({ page }) => {
  await page.goto('/en/tag/space');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Space');
  await expect(page.getByText('22 stories', { exact: true })).toBeVisible();
  await expect(page.locator('.listing > li')).toHaveCount(10);
  const firstPage = await page.locator('.listing time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')!));
  expect([...firstPage].sort().reverse()).toEqual(firstPage);
  const pagination = page.getByRole('navigation', { name: 'Pagination' });
  await expect(pagination).toContainText('Page 1 of 3');
  await pagination.getByRole('link', { name: 'Next page' }).click();
  await expect(page).toHaveURL(/\/en\/tag\/space\?page=2$/);
  await expect(pagination).toContainText('Page 2 of 3');
  await expect(page.locator('.listing > li')).toHaveCount(10);
});

test.describe('addresses with no tag page', () => {
  test.use({ allowConsoleErrors: [/status of 404/] });

  test('an unknown tag and a page past the last are not found', async ({ page }) => {
    for (const path of ['/en/tag/no-such-tag', '/en/tag/space?page=9']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    }
  });
});

test('Persian tag pages: reached from an article, in Persian digits', async ({ page }) => {
  await page.goto('/fa/section/politics');
  await page.locator('.listing .story-card__headline a').first().click();
  const tag = page.getByRole('region', { name: 'برچسب‌ها' }).getByRole('link').first();
  const name = (await tag.textContent())!;
  await tag.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await expect(page.locator('.listing-count')).toHaveText(/^[۰-۹]+ خبر$/);
  await expect(page.locator('.listing > li').first()).toBeVisible();
});

test.describe('axe finds nothing on tag pages', () => {
  test('English', async ({ page }) => {
    await page.goto('/en/tag/space?page=2');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Space');
    await expectNoAxeViolations(page);
  });

  test('Persian', async ({ page }) => {
    await page.goto('/fa/tag/' + encodeURIComponent('انتخابات'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('انتخابات');
    await expectNoAxeViolations(page);
  });
});
