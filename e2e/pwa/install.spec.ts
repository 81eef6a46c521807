import { test, expect } from '../fixtures';
import { launchProfile, waitForControl } from './pwa';

// Several reloads, a service worker install and IndexedDB waits per test: more than the suite's default 30 s on a busy machine.
test.describe.configure({ timeout: 90_000 });

test.describe('installable', () => {
  test('Chromium finds nothing stopping installation', async ({ baseURL }) => {
    const profile = await launchProfile(String(baseURL));
    try {
      const page = await profile.context.newPage();
      await page.goto('/en');
      await waitForControl(page);
      const cdp = await profile.context.newCDPSession(page);
      // The manifest and icons are fetched after load; ask until Chromium has looked at them.
      await expect
        .poll(async () => (await cdp.send('Page.getInstallabilityErrors')).installabilityErrors.map((e) => e.errorId), {
          timeout: 10_000,
        })
        .toEqual([]);
      const manifest = await cdp.send('Page.getAppManifest');
      expect(manifest.errors).toEqual([]);
      expect(profile.errors).toEqual([]);
    } finally {
      await profile.close();
    }
  });

  test('the manifest names the app, its edition, colours, icons and section shortcuts', async ({ page, request }) => {
    await page.goto('/en');
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href).toBe('/manifest.webmanifest');
    const response = await request.get(href!);
    expect(response.headers()['content-type']).toContain('application/manifest+json');
    const manifest = await response.json();
    expect(manifest).toMatchObject({
      id: '/',
      name: 'Dateline',
      short_name: 'Dateline',
      start_url: '/en',
      scope: '/',
      display: 'standalone',
      lang: 'en',
      dir: 'ltr',
      theme_color: '#b3141c',
      background_color: '#ffffff',
    });
    expect(manifest.description).toBeTruthy();
    expect(manifest.shortcuts[0]).toMatchObject({ name: 'Politics', url: '/en/section/politics' });
    const icons: { src: string; sizes: string; purpose: string }[] = manifest.icons;
    expect(icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
    for (const icon of icons) {
      // Each icon is a real PNG of the size it claims (the IHDR width and height).
      const png = await (await request.get(icon.src)).body();
      const size = `${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`;
      expect(size, icon.src).toBe(icon.sizes);
    }
  });

  test('an Install button appears when the browser offers installation and goes once installed', async ({ page }) => {
    await page.goto('/en');
    const install = page.getByRole('button', { name: 'Install app' });
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(install).toHaveCount(0);
    // Where the story and the Saved articles link sit before the offer: neither may move when the button appears.
    const positions = () =>
      page.evaluate(() => {
        const box = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
        return { main: box('main').top, saved: [box('.reader-tools__saved').left, box('.reader-tools__saved').top] };
      });
    const before = await positions();
    // Headless Chromium does not offer installation by itself; the event is what the browser would send.
    await page.evaluate(() => {
      const offer = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
        prompt: async () => undefined,
        userChoice: Promise.resolve({ outcome: 'dismissed' }),
      });
      window.dispatchEvent(offer);
    });
    await expect(install).toBeVisible();
    // The offer arrives after the page is read: room is kept for the button so nothing jumps (no layout shift).
    expect(await positions()).toEqual(before);
    await page.evaluate(() => window.dispatchEvent(new Event('appinstalled')));
    await expect(install).toHaveCount(0);
  });
});
