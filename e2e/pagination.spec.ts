import { test, expect, markDocument, documentWasKept } from './fixtures';

test('section listings page with real, shareable previous and next links', async ({ page }) => {
  await page.goto('/en/section/politics');
  const pagination = page.getByRole('navigation', { name: 'Pagination' });
  await expect(pagination.getByRole('link', { name: 'Previous page' })).toHaveCount(0);
  const firstPage = await page.getByRole('main').getByRole('list').first().innerText();
  await markDocument(page);

  await pagination.getByRole('link', { name: 'Next page' }).click();
  await expect(page).toHaveURL(/\/en\/section\/politics\?page=2$/);
  await expect(pagination).toContainText('Page 2 of');
  const secondPage = await page.getByRole('main').getByRole('list').first().innerText();
  expect(secondPage).not.toEqual(firstPage);
  expect(await documentWasKept(page)).toBe(true);

  await expect(pagination.getByRole('link', { name: 'Previous page' })).toHaveAttribute(
    'href',
    '/en/section/politics',
  );

  // The address is shareable: a fresh load of page 3 shows page 3.
  await page.goto('/en/section/politics?page=3');
  await expect(page.getByRole('navigation', { name: 'Pagination' })).toContainText('Page 3 of');
});

test('listings are newest first', async ({ page }) => {
  await page.goto('/en/section/world');
  const times = await page.getByRole('main').getByRole('list').first().locator('time').evaluateAll((els) =>
    els.map((el) => el.getAttribute('datetime') ?? ''),
  );
  expect(times.length).toBeGreaterThan(5);
  expect([...times].sort().reverse()).toEqual(times);
});
