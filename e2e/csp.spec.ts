import { watchCsp } from './cspWatch';
import { test, expect, SEED } from './fixtures';

const pages = [
  { name: 'start page (redirect)', path: '/', heading: /.+/ },
  { name: 'home', path: '/en', heading: /.+/ },
  { name: 'right-to-left home', path: '/fa', heading: /.+/ },
  { name: 'section', path: '/en/section/politics', heading: 'Politics' },
  { name: 'later section page', path: '/en/section/politics?page=2', heading: 'Politics' },
  { name: 'article', path: SEED.path, heading: SEED.headline },
  { name: 'saved articles', path: '/en/saved', heading: /.+/ },
] as const;

test.describe('Content-Security-Policy', () => {
  for (const { name, path, heading } of pages) {
    test(`the ${name} runs with no violation`, async ({ page }) => {
      const violations = await watchCsp(page);
      const response = await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      // The document and its meta carry the policy; the header adds what a meta cannot.
      expect(response?.headers()['content-security-policy']).toMatch(/frame-ancestors 'none'/);
      const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      // The inlined stylesheet is allowed by its hash, like the boot script.
      expect(meta).toMatch(/^default-src 'self'; script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')*; style-src 'self'( 'sha256-[A-Za-z0-9+/=]+')*;/);
      expect(meta).not.toMatch(/unsafe-inline|unsafe-eval|frame-ancestors/);
      // Settle: late chunks, images, the service worker's registration.
      await page.waitForLoadState('networkidle');
      expect(await violations()).toEqual([]);
    });
  }

  test.describe('not found', () => {
    test.use({ allowConsoleErrors: [/Failed to load resource: the server responded with a status of 404/] });
    test('the not-found page runs with no violation', async ({ page }) => {
      const violations = await watchCsp(page);
      const response = await page.goto('/en/no-such-page');
      expect(response?.status()).toBe(404);
      expect(response?.headers()['content-security-policy']).toMatch(/default-src 'self'/);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.waitForLoadState('networkidle');
      expect(await violations()).toEqual([]);
    });
  });

  test('moving between page types in the app stays within the policy', async ({ page }) => {
    const violations = await watchCsp(page);
    await page.goto('/en');
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Politics' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Politics' })).toBeVisible();
    const story = page.getByRole('main').getByRole('article').first().getByRole('link').first();
    const headline = (await story.textContent())?.trim() ?? '';
    await story.click();
    await expect(page).toHaveURL(/\/en\/news\//);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline);
    await page.waitForLoadState('networkidle');
    expect(await violations()).toEqual([]);
  });

  test.describe('a live policy', () => {
    test.use({ allowConsoleErrors: [/Executing inline script violates/] });
    test('an inline script the build did not hash is refused', async ({ page }) => {
      // Proves the policy is live, so "no violation" above means something.
      const violations = await watchCsp(page);
      await page.goto('/en');
      const ran = await page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'window.__injected = true';
        document.body.append(script);
        return (window as unknown as { __injected?: boolean }).__injected === true;
      });
      expect(ran).toBe(false);
      await expect.poll(violations).toContainEqual(expect.stringMatching(/^script-src/));
    });
  });
});
