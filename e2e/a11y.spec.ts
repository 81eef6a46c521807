import AxeBuilder from '@axe-core/playwright';
import { test, expect, SEED } from './fixtures';

test.use({ allowConsoleErrors: [/status of 404/] });

const pages = {
  home: '/en',
  section: '/en/section/politics',
  'section page 2': '/en/section/politics?page=2',
  article: SEED.path,
  'not found': '/en/nowhere',
};

for (const [name, path] of Object.entries(pages)) {
  test(`axe finds no violations on the ${name} page`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // Let late regions (sidebars) settle before auditing.
    await page.waitForLoadState('networkidle');
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test('the skip link is first in tab order and moves focus to the content', async ({ page }) => {
  await page.goto(SEED.path);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${SEED.path}#main$`));
});
