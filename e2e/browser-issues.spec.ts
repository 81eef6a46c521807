import { expect, SEED, test } from './fixtures';

/**
 * What Chromium itself reports about each page type (its DevTools Issues
 * panel), on a phone and on a desktop screen: a lazily loaded picture on the
 * first screen, a blocked resource, a form field without a label and the
 * like. None is expected on any page.
 */
const pages = [
  { kind: 'start', path: '/' },
  { kind: 'home', path: '/en' },
  { kind: 'section', path: '/en/section/politics' },
  { kind: 'tag', path: '/en/tag/space' },
  { kind: 'article', path: SEED.path },
  { kind: 'Persian home', path: '/fa' },
  { kind: 'saved', path: '/en/saved' },
] as const;

const screens = [
  { name: 'phone', viewport: { width: 390, height: 844 } },
  { name: 'desktop', viewport: { width: 1280, height: 800 } },
] as const;

for (const screen of screens) {
  test.describe(`on a ${screen.name} screen`, () => {
    test.use({ viewport: screen.viewport });
    for (const { kind, path } of pages) {
      test(`the ${kind} page raises no issue in Chromium`, async ({ page }) => {
        const cdp = await page.context().newCDPSession(page);
        const issues: string[] = [];
        cdp.on('Audits.issueAdded', ({ issue }) => issues.push(`${issue.code}: ${JSON.stringify(issue.details).slice(0, 300)}`));
        await cdp.send('Audits.enable');
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1 }).first()).toBeAttached();
        await page.waitForLoadState('networkidle');
        await page.waitForTimeout(300);
        expect(issues).toEqual([]);
      });
    }
  });
}
