import type { Page } from '@playwright/test';
import { test, expect, SEED } from './fixtures';
import { expectRelativeListingTime } from './listingTime';

/** What the page looked like when the HTML had been parsed, before the app's script could run or hydrate. */
interface FirstState {
  theme: string | null;
  textSize: string | null;
  background: string;
  fontSize: string;
  prerendered: boolean;
}

async function recordFirstState(page: Page) {
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      const root = document.documentElement;
      (window as unknown as { __first: FirstState }).__first = {
        theme: root.getAttribute('data-theme'),
        textSize: root.getAttribute('data-text-size'),
        background: getComputedStyle(document.body).backgroundColor,
        fontSize: getComputedStyle(root).fontSize,
        prerendered: (document.getElementById('root')?.childElementCount ?? 0) > 0,
      };
    });
  });
}

const firstState = (page: Page) => page.evaluate(() => (window as unknown as { __first: FirstState }).__first);
const bodyBackground = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

const WHITE = 'rgb(255, 255, 255)';
const DARK = 'rgb(18, 18, 18)';

test.describe('theme and text size', () => {
  test('a dark theme chosen in the masthead applies at once and survives a reload with no flash', async ({ page }) => {
    await recordFirstState(page);
    await page.goto(SEED.path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await bodyBackground(page)).toBe(WHITE);

    await page.getByRole('combobox', { name: 'Theme' }).selectOption({ label: 'Dark' });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await bodyBackground(page)).toBe(DARK);
    await expect(page.locator('meta[name="theme-color"][data-scheme="dark"]')).toHaveAttribute('media', 'all');

    await page.reload();
    // The prerendered page is already dark when parsed: the stored choice was applied before anything painted.
    expect(await firstState(page)).toMatchObject({ theme: 'dark', background: DARK, prerendered: true });
    await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('dark');
    expect(await bodyBackground(page)).toBe(DARK);
  });

  test('text size survives a reload with no flash and scales the root font', async ({ page }) => {
    await recordFirstState(page);
    await page.goto('/en');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.getByRole('combobox', { name: 'Text size' }).selectOption({ label: 'Larger' });
    await expect(page.locator('html')).toHaveAttribute('data-text-size', 'larger');

    await page.reload();
    expect(await firstState(page)).toMatchObject({ textSize: 'larger', fontSize: '22px', prerendered: true });
    await expect(page.getByRole('combobox', { name: 'Text size' })).toHaveValue('larger');

    await page.getByRole('combobox', { name: 'Text size' }).selectOption({ label: 'Default' });
    await page.reload();
    expect(await firstState(page)).toMatchObject({ textSize: null, fontSize: '16px' });
  });

  test('System follows the operating system; an explicit Light overrides it', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/en');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('system');
    expect(await bodyBackground(page)).toBe(DARK);

    await page.getByRole('combobox', { name: 'Theme' }).selectOption({ label: 'Light' });
    expect(await bodyBackground(page)).toBe(WHITE);
  });

  test('article text keeps a comfortable line length', async ({ page }) => {
    await page.goto(SEED.path);
    const widthInCh = await page.locator('.article-body').evaluate((el) => {
      const probe = document.createElement('span');
      probe.textContent = '0';
      el.append(probe);
      const ch = probe.getBoundingClientRect().width;
      probe.remove();
      return el.getBoundingClientRect().width / ch;
    });
    expect(widthInCh).toBeLessThanOrEqual(67);
    expect(widthInCh).toBeGreaterThan(50);
  });
});

test.describe('article reading aids', () => {
  test('reading time and a progress bar that reaches 100% at the end', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 700 });
    await page.goto(SEED.path);
    await expect(page.locator('.article__reading-time')).toHaveText(/^\d+ min read$/);
    const progress = page.getByRole('progressbar', { name: 'Reading progress' });
    await expect(progress).toHaveJSProperty('value', 0);

    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 4));
    await expect.poll(() => progress.evaluate((el: HTMLProgressElement) => el.value)).toBeGreaterThan(0);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect(progress).toHaveJSProperty('value', 100);
  });

  test('"Updated" shows only when an article changed after publication', async ({ page }) => {
    await page.goto('/en/news/2021/01/05/2481529/scientists-track-rare-whales-off-lysgard');
    await expect(page.locator('.article__times')).toContainText('Updated');
    await expect(page.locator('.article__times time')).toHaveCount(2);
    await page.goto(SEED.path);
    await expect(page.locator('.article__times')).not.toContainText('Updated');
  });

  test('listings show relative times with the exact time in the title', async ({ page }) => {
    const time = await expectRelativeListingTime(page, '/en/section/politics', Date.parse('2021-05-03T12:00:00Z'), 'en-GB');
    await expect(time).toHaveText(/ago|yesterday/);
    await expect(time).toHaveAttribute('title', /^\d{1,2} \w+ 2021, \d\d:\d\d$/);
  });
});

test('the Persian edition reads times and reading time in Persian words and numerals', async ({ page }) => {
  const time = await expectRelativeListingTime(page, '/fa/section/politics', Date.parse('2021-05-03T12:00:00Z'), 'fa-IR');
  await expect(time).toHaveText(/^[۰-۹]+ .+ پیش$|^دیروز$/);

  await page.getByRole('main').locator('.story-card__headline a').first().click();
  await expect(page.locator('.article__reading-time')).toHaveText(/^[۰-۹]+ دقیقه مطالعه$/);
});

test.describe('print', () => {
  test('prints the article alone, black on white, with outside link addresses', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('dateline-theme', 'dark'));
    await page.goto(SEED.path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // The corpus links only within the site and the seed has no figure; add an outside link and a figure to print.
    await page.locator('.article-body p').first().evaluate((p) => {
      const a = document.createElement('a');
      a.href = 'https://example.org/source';
      a.textContent = 'source';
      p.append(' ', a);
      const figure = document.createElement('figure');
      figure.className = 'figure';
      p.after(figure);
    });
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['.section-nav', '.settings', '.sidebars', '.site-footer', '.share', '.reading-progress', 'form']) {
      await expect(page.locator(hidden).first(), hidden).toBeHidden();
    }
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('.article-body')).toBeVisible();
    expect(await bodyBackground(page)).toBe(WHITE);
    expect(await page.locator('.article-body p').first().evaluate((p) => getComputedStyle(p).color)).toBe('rgb(0, 0, 0)');
    const after = await page.locator('.article-body a[href^="https://example.org"]').evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toContain('https://example.org/source');
    expect(await page.locator('.figure').first().evaluate((f) => getComputedStyle(f).breakInside)).toBe('avoid');
  });
});

test.describe('reduced motion and saving data', () => {
  test('reduced motion turns transitions and smooth scrolling off', async ({ page }) => {
    await page.goto('/en');
    const timing = () =>
      page.evaluate(() => {
        const probe = document.createElement('div');
        probe.className = 'nav-progress nav-progress--active';
        document.body.append(probe);
        const duration = getComputedStyle(probe).transitionDuration;
        probe.remove();
        return duration;
      });
    expect(await timing()).toContain('2s');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect(await timing()).not.toContain('2s');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
  });
});

/** Hovers a story link on the front page and reports whether its article's data was fetched ahead. */
async function hoverPrefetches(page: Page): Promise<boolean> {
  await page.goto('/en');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.waitForLoadState('networkidle');
  const link = page.getByRole('main').locator('.story-card__headline a').nth(3);
  const id = /\/(\d+)\/[^/]+$/.exec((await link.getAttribute('href')) ?? '')?.[1];
  const fetched = page.waitForRequest((r) => r.url().endsWith(`/articles/${id}.json`), { timeout: 1500 }).then(
    () => true,
    () => false,
  );
  await link.hover();
  return fetched;
}

test.describe('Save-Data', () => {
  test('without it, hovering a story prefetches it', async ({ page }) => {
    expect(await hoverPrefetches(page)).toBe(true);
  });

  test('with it, nothing is prefetched and even the lead image loads lazily', async ({ page }) => {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setDataSaverOverride', { dataSaverEnabled: true });
    expect(await hoverPrefetches(page)).toBe(false);
    const images = page.getByRole('main').locator('img');
    expect(await images.count()).toBeGreaterThan(0);
    await expect(page.getByRole('main').locator('img[loading="eager"]')).toHaveCount(0);
  });
});
