import AxeBuilder from '@axe-core/playwright';
import { test, expect, SEED } from './fixtures';

test.use({ allowConsoleErrors: [/status of 404/] });

const pages: Record<string, string> = {
  home: '/en',
  section: '/en/section/politics',
  article: SEED.path,
  'not found': '/en/nowhere',
  'Persian home': '/fa',
  'Persian section': '/fa/section/politics',
  'Persian article': '/fa/news/2021/01/04/3481772/رکورد-حضور-تماشاگران-در-ماراتن-آمسل-شکست',
  'Persian not found': '/fa/nowhere',
  search: '/en/search?q=Lavrov',
  tag: '/en/tag/space',
  saved: '/en/saved',
  'Persian search': '/fa/search?q=' + encodeURIComponent('انتخابات'),
  'Persian tag': '/fa/tag/' + encodeURIComponent('انتخابات'),
  'Persian saved': '/fa/saved',
};

// axe on a slow shared machine: a full audit of a long page takes a while.
test.describe.configure({ timeout: 60_000 });

for (const theme of ['light', 'dark'] as const) {
  for (const [name, path] of Object.entries(pages)) {
    test(`${name} page, ${theme} theme: axe finds nothing; one h1; the landmarks`, async ({ page }) => {
      await page.addInitScript((t) => localStorage.setItem('dateline-theme', t), theme);
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await page.waitForLoadState('networkidle');
      await expect(page.getByRole('banner')).toHaveCount(1);
      await expect(page.getByRole('main')).toHaveCount(1);
      await expect(page.getByRole('contentinfo')).toHaveCount(1);
      await expect(page.getByRole('banner').getByRole('navigation').first()).toBeVisible();
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
        .analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
}
