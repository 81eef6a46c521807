import { expect, SEED, test } from './fixtures';

/**
 * A prerendered page is read before the app starts: the browser paints it
 * first (decision 0620), and waking the app up moves nothing on the page.
 */
const pages = [
  { kind: 'home', path: '/en' },
  { kind: 'section', path: '/en/section/politics' },
  { kind: 'article', path: SEED.path },
  { kind: 'Persian article list', path: '/fa' },
] as const;

test.use({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true });

for (const { kind, path } of pages) {
  test(`${kind}: painted before any app code is fetched or run, and nothing moves when the app starts`, async ({ page }) => {
    await page.addInitScript(() => {
      // Each shift as the elements that moved, so a failure says what moved and where to.
      const shifts: string[] = [];
      Object.assign(window, { datelineShifts: shifts });
      type Shift = PerformanceEntry & { value: number; sources: { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[] };
      const describe = (node?: Node) => (node instanceof Element ? `${node.tagName.toLowerCase()}.${node.className}` : String(node?.nodeName));
      const rect = (r: DOMRectReadOnly) => `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}x${Math.round(r.height)}`;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as Shift[]) {
          const moved = entry.sources.map((s) => `${describe(s.node)} ${rect(s.previousRect)} -> ${rect(s.currentRect)}`);
          shifts.push(`${entry.value.toFixed(4)} at ${Math.round(entry.startTime)} ms: ${moved.join('; ')}`);
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    // A slow phone's CPU: the parser yields often, and any paint of half a page must not move when the rest arrives.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 10 });
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // Past hydration and the late arrivals (relative times, offline chrome, the service worker's registration).
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    const timings = await page.evaluate(() => ({
      paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
      appStart: performance.getEntriesByName('dateline:app-start')[0]?.startTime ?? null,
      // When each script was asked for: the entry too only once the page is on screen (decisions 0620, 0623).
      scriptsRequested: performance
        .getEntriesByType('resource')
        .filter((entry) => /\/assets\/[\w-]+\.js$/.test(entry.name))
        .map((entry) => ({ file: new URL(entry.name).pathname, at: entry.startTime })),
      shifts: (window as unknown as { datelineShifts: string[] }).datelineShifts,
    }));
    expect(timings.paint, 'first contentful paint').not.toBeNull();
    expect(timings.appStart, 'the app started').not.toBeNull();
    expect(timings.paint!).toBeLessThanOrEqual(timings.appStart!);
    const files = timings.scriptsRequested.map((script) => script.file);
    expect(files, 'the entry and the app’s start-up module were loaded').toEqual(
      expect.arrayContaining([expect.stringMatching(/^\/assets\/index-/), expect.stringMatching(/^\/assets\/start-/)]),
    );
    const early = timings.scriptsRequested.filter((script) => script.at < timings.paint!);
    expect(early, 'scripts requested before the first paint').toEqual([]);
    expect(timings.shifts, 'layout shifts while loading and starting').toEqual([]);
  });
}
