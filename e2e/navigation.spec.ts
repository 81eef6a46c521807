import { test, expect, SEED, markDocument, documentWasKept } from './fixtures';

test('home -> section -> article -> back, without a reload and with scroll restored', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 700 });
  await page.goto('/en');
  await markDocument(page);

  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Politics' }).click();
  await expect(page).toHaveURL(/\/en\/section\/politics$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Politics' })).toBeVisible();

  // Scroll to a story low in the listing, then open it.
  const listing = page.getByRole('main').getByRole('list').first();
  const target = listing.getByRole('listitem').last().getByRole('link').first();
  await target.scrollIntoViewIfNeeded();
  const scrolled = await page.evaluate(() => window.scrollY);
  expect(scrolled).toBeGreaterThan(200);
  const headline = (await target.textContent())?.trim() ?? '';
  await target.click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeLessThan(50);

  await page.goBack();
  await expect(page).toHaveURL(/\/en\/section\/politics$/);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrolled - 30);
  expect(await page.evaluate(() => window.scrollY)).toBeLessThan(scrolled + 30);

  await page.goForward();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline);
  expect(await documentWasKept(page), 'the document was never reloaded').toBe(true);
});

test('/ goes to the default edition, which takes its place in the history', async ({ page }) => {
  await page.goto('/en/section/world');
  await page.goto('/');
  await expect(page).toHaveURL(/\/en$/);
  await expect(page.getByRole('link', { name: 'Dateline' }).first()).toBeVisible();
  // Back leaves for the page before, rather than landing on / and being sent forward again.
  await page.goBack();
  await expect(page).toHaveURL(/\/en\/section\/world$/);
});

test('home shows a lead story, a block per section and Top Stories', async ({ page }) => {
  await page.goto('/en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  const main = page.getByRole('main');
  for (const section of ['Politics', 'World', 'Economy', 'Sport', 'Culture', 'Science']) {
    await expect(main.getByRole('heading', { name: section })).toBeVisible();
  }
  await expect(page.getByRole('region', { name: 'Top Stories' }).getByRole('link')).toHaveCount(5);
  await expect(page).toHaveTitle(/Dateline/);
});

test('links prefetch their page data on hover, so the click needs no request', async ({ page }) => {
  await page.goto('/en/section/politics');
  await markDocument(page);
  const link = page.getByRole('main').getByRole('link', { name: SEED.headline }).first();
  const prefetched = page.waitForResponse((r) => r.url().endsWith('/api/v1/en/articles/2484159.json'));
  await link.hover();
  await prefetched;

  const late: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/api/v1/en/articles/')) late.push(r.url());
  });
  await link.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED.headline);
  expect(late).toEqual([]);
  expect(await documentWasKept(page)).toBe(true);
});

test('links load their page code on hover as well, so the first click downloads nothing', async ({ page }) => {
  // A cold section page has not loaded the article page's code yet.
  await page.goto('/en/section/politics');
  const link = page.getByRole('main').getByRole('link', { name: SEED.headline }).first();
  const pageCode = page.waitForRequest((r) => r.resourceType() === 'script' && /\/assets\/ArticlePage-[\w-]+\.js$/.test(r.url()));
  await link.hover();
  await pageCode;
  await page.waitForLoadState('networkidle');

  const late: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script' || r.url().includes('/api/')) late.push(r.url());
  });
  await link.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED.headline);
  expect(late).toEqual([]);
});

test('phone width shows one column; wide screens put the sidebar beside the article', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(SEED.path);
  const article = page.getByRole('article');
  const sidebar = page.getByRole('region', { name: 'Top Stories' });
  let a = (await article.boundingBox())!;
  let s = (await sidebar.boundingBox())!;
  expect(s.y).toBeGreaterThan(a.y + a.height - 1);

  await page.setViewportSize({ width: 1280, height: 900 });
  a = (await article.boundingBox())!;
  s = (await sidebar.boundingBox())!;
  expect(s.x).toBeGreaterThan(a.x + a.width - 1);
});
