import { test, expect, SEED } from './fixtures';
import { canonicalOf } from './previews';

const canonical = canonicalOf(SEED.path);

test.describe('share control without the Web Share API', () => {
  test.beforeEach(async ({ page, context }) => {
    // Desktop Linux Chromium has no Web Share API today; make sure of it so the fallback is what is tested.
    await page.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'share', { value: undefined, configurable: true });
    });
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  });

  test('Copy link copies the canonical address and announces it', async ({ page }) => {
    // Arriving by an old address must still share the canonical one.
    await page.goto('/en/news/1999/01/01/2484159/some-old-slug');
    await expect(page).toHaveURL(SEED.path);
    const share = page.getByRole('button', { name: 'Share' });
    await expect(share).toHaveAttribute('aria-expanded', 'false');
    await share.click();
    await expect(share).toHaveAttribute('aria-expanded', 'true');

    const status = page.getByRole('status').filter({ hasText: /./ });
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(status).toHaveText('Link copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical);
  });

  test('plain share links carry the canonical address and open safely', async ({ page }) => {
    await page.goto(SEED.path);
    await page.getByRole('button', { name: 'Share' }).click();
    const expected: Record<string, RegExp> = {
      'Share by email': /^mailto:\?subject=/,
      'Share on X': /^https:\/\/x\.com\/intent\/post\?/,
      'Share on Facebook': /^https:\/\/www\.facebook\.com\/sharer\/sharer\.php\?/,
      'Share on Telegram': /^https:\/\/t\.me\/share\/url\?/,
      'Share on WhatsApp': /^https:\/\/wa\.me\/\?/,
    };
    for (const [name, pattern] of Object.entries(expected)) {
      const link = page.getByRole('link', { name });
      await expect(link).toHaveAttribute('href', pattern);
      await expect(link).toHaveAttribute('href', new RegExp(encodeURIComponent(canonical).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
      await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    }
    await expect(page.getByRole('link', { name: 'Share on X' })).toHaveAttribute('target', '_blank');
  });

  test('no third-party script is loaded', async ({ page, baseURL }) => {
    const foreign: string[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).origin !== new URL(baseURL!).origin) foreign.push(r.url());
    });
    await page.goto(SEED.path);
    await page.getByRole('button', { name: 'Share' }).click();
    expect(foreign).toEqual([]);
  });
});

test('with the Web Share API, Share hands the canonical address and headline to the system', async ({ page }) => {
  await page.addInitScript(() => {
    const calls: ShareData[] = [];
    (window as unknown as { __shared: ShareData[] }).__shared = calls;
    Object.defineProperty(Navigator.prototype, 'share', {
      value: (data: ShareData) => {
        calls.push(data);
        return Promise.resolve();
      },
      configurable: true,
    });
  });
  await page.goto(SEED.path);
  await page.getByRole('button', { name: 'Share' }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { __shared: ShareData[] }).__shared)).toEqual([
    { title: SEED.headline, url: canonical },
  ]);
  await expect(page.getByRole('button', { name: 'Copy link' })).toBeHidden();
});
