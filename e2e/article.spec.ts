import { test, expect, SEED } from './fixtures';

test.describe('article page', () => {
  test('a deep link to the seed article shows its headline, lead, body and date', async ({ page }) => {
    const response = await page.goto(SEED.path);
    expect(response?.status()).toBe(200);

    const article = page.getByRole('article');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED.headline);
    await expect(article.getByText(SEED.lead)).toBeVisible();
    await expect(article.getByText(SEED.lastParagraph)).toBeVisible();
    await expect(article.locator('time[datetime^="2021-04-13"]').first()).toContainText('2021');
    await expect(article.getByRole('link', { name: 'Politics' }).first()).toBeVisible();
    await expect(page).toHaveTitle(new RegExp(`^${SEED.headline}`));
    // The sidebar titles of the seed page are furniture, not body text.
    await expect(article.getByText('Most Visited in Politics')).toHaveCount(0);
  });

  test('all three sidebars are labelled ordered lists of working links', async ({ page }) => {
    await page.goto(SEED.path);
    for (const name of ['Most Visited in Politics', 'Top Politics stories', 'Top Stories']) {
      const region = page.getByRole('region', { name });
      await expect(region).toBeVisible();
      const links = region.getByRole('listitem').getByRole('link');
      await expect(links).toHaveCount(5);
    }
    // The seed article is among the most visited in politics.
    await expect(
      page.getByRole('region', { name: 'Most Visited in Politics' }).getByRole('link', { name: SEED.headline }),
    ).toBeVisible();

    // Each list's first link leads to a real article.
    for (const name of ['Most Visited in Politics', 'Top Politics stories', 'Top Stories']) {
      await page.goto(SEED.path);
      const link = page.getByRole('region', { name }).getByRole('link').nth(1);
      const headline = (await link.textContent())?.trim() ?? '';
      await link.click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline);
      await expect(page).toHaveURL(/\/en\/news\/\d{4}\/\d{2}\/\d{2}\/\d+\/[a-z0-9-]+$/);
    }
  });

  test('a known id under a wrong slug or date is replaced by its canonical address', async ({ page }) => {
    await page.goto('/en/news/1999/01/01/2484159/some-old-slug');
    await expect(page).toHaveURL(SEED.path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED.headline);

    await page.goto('/en/news/2021/04/13/2484159');
    await expect(page).toHaveURL(SEED.path);
  });

  test('the canonical redirect replaces the history entry instead of adding one', async ({ page }) => {
    await page.goto('/en');
    await page.goto('/en/news/2021/04/13/2484159/wrong-slug');
    await expect(page).toHaveURL(SEED.path);
    await page.goBack();
    await expect(page).toHaveURL(/\/en$/);
  });

  test('sample articles say they are samples', async ({ page }) => {
    await page.goto('/en/section/sport');
    await page.getByRole('main').getByRole('listitem').getByRole('link').first().click();
    await expect(page.getByText('Sample article')).toBeVisible();
  });
});
