import { gzipSync } from 'node:zlib';
import { expect, SEED, test } from './fixtures';
import { recordLoadedCode } from './loadedCode';

/**
 * Byte budgets for the JavaScript and CSS a cold load fetches, per page type,
 * gzip level 9 (what the precompressed files hold), the app included: the
 * fixture's navigation acts as a reader does, which starts it (decision
 * 0683; e2e/start-on-intent.spec.ts checks a reader who does not act fetches
 * none). Set a little above what the build measured; see
 * docs/performance.md before raising one.
 */
const BUDGETS = {
  home: { js: 145_000, css: 8_000 },
  section: { js: 145_000, css: 8_000 },
  article: { js: 145_000, css: 8_000 },
} as const;

const PAGES = { home: '/en', section: '/en/section/politics', article: SEED.path } as const;

for (const kind of ['home', 'section', 'article'] as const) {
  test(`a cold ${kind} load, and the app the reader's first act starts, stay within the JS and CSS budget`, async ({ page }) => {
    const loaded = recordLoadedCode(page);
    await page.goto(PAGES[kind], { waitUntil: 'networkidle' });
    await page.waitForLoadState('networkidle');
    const files = await loaded();
    // Measured with the app: its start-up module (app/start.tsx) is among the files.
    expect(files.map((file) => file.url)).toContainEqual(expect.stringMatching(/\/assets\/start-[\w-]+\.js$/));
    const sizes = { js: 0, css: 0 };
    for (const file of files) sizes[file.kind] += gzipSync(file.body, { level: 9 }).length;
    // The stylesheet is inlined into the page (tools/inline-css): its bytes count as CSS all the same.
    const inline = await page.locator('style').evaluateAll((styles) => styles.map((s) => s.textContent ?? '').join(''));
    expect(inline.length, 'the inlined stylesheet').toBeGreaterThan(1_000);
    sizes.css += gzipSync(inline, { level: 9 }).length;
    expect(sizes.js, `gzipped JS of a cold ${kind} load`).toBeLessThanOrEqual(BUDGETS[kind].js);
    expect(sizes.css, `gzipped CSS of a cold ${kind} load`).toBeLessThanOrEqual(BUDGETS[kind].css);
  });
}
