/**
 * OWASP filter-evasion payloads in every text field of an article response:
 * none runs, each shows as the literal text it is; hostile link targets are
 * refused by the schema (an error panel), never rendered.
 */
import type { Page } from '@playwright/test';
import { watchCsp } from './cspWatch';
import { hrefPayloads, SENTINEL, textPayloads } from './fixtures/xss-payloads';
import { assertNavigable, expect, navigateInApp, regionOutcome } from './fuzz/harness';
import type { Json } from './fuzz/mutate';
import { test } from './fixtures';

test.use({ serviceWorkers: 'block' });
test.describe.configure({ timeout: 300_000 });

type Article = Record<string, Json> & { related: Record<string, Json>[] };

const FIRST_ID = 9_300_000;
const articleUrl = (id: number) => `/en/news/2021/04/13/${id}/xss-case`;
const IMAGE = { src: '/media/sample/politics.svg', width: 1200, height: 675 };

/** Every text field of the seed article set to `p`, cut to the field's size limit so the article stays valid. */
function hostileArticle(seed: Article, id: number, p: string): Article {
  const span = (extra: Record<string, Json> = {}) => [{ text: p, ...extra }];
  return {
    ...seed,
    id: String(id),
    slug: 'xss-case',
    path: articleUrl(id),
    headline: p,
    summary: p,
    dateline: p.slice(0, 120),
    byline: p.slice(0, 200),
    image: { ...IMAGE, alt: p, caption: p, credit: p },
    body: [
      { type: 'paragraph', content: span() },
      { type: 'paragraph', content: [...span({ em: true }), { text: ' and ' }, ...span({ strong: true, href: '/en/section/politics' })] },
      { type: 'paragraph', content: [{ text: 'An outside report', href: 'https://example.org/report' }] },
      { type: 'heading', level: 2, content: span() },
      { type: 'quote', content: span(), cite: p },
      { type: 'list', ordered: false, items: [span(), span({ em: true })] },
      { type: 'image', image: { ...IMAGE, alt: p, caption: p, credit: p } },
    ],
    tags: [p.slice(0, 80), 'Safe tag'],
    related: [{ ...seed.related[0]!, headline: p, summary: p }, ...seed.related.slice(1)],
  };
}

async function setUp(page: Page, build: (seed: Article, id: number) => Article) {
  const seed = (await (await page.request.get(`/api/v1/en/articles/2484159.json`)).json()) as Article;
  await page.route('**/api/v1/en/articles/93*.json', (route) => {
    const id = Number(/(\d+)\.json$/.exec(route.request().url())![1]);
    return route.fulfill({ json: build(seed, id) });
  });
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const violations = await watchCsp(page);
  await page.goto('/en/section/world');
  await expect(page.getByRole('heading', { level: 1, name: 'World' })).toBeVisible();
  return { dialogs, violations };
}

/** Nothing in the page became markup: no script-capable element, handler attribute or script URL. */
async function hostileMarkup(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const el of document.querySelectorAll('#main *')) {
      if (/^(script|iframe|object|embed|input|meta|style|base|body|title|math|details|xss)$/i.test(el.tagName)) found.push(el.tagName);
      for (const attr of el.attributes) {
        if (/^on/i.test(attr.name)) found.push(`${el.tagName}[${attr.name}]`);
        // Only attributes a browser follows or loads; alt and title may say anything.
        const followed = /^(href|src|srcset|action|formaction|data|background|poster|xlink:href)$/i.test(attr.name);
        if (followed && /^\s*(javascript|vbscript|data):/i.test(attr.value)) found.push(`${el.tagName}[${attr.name}=${attr.value}]`);
      }
    }
    return found;
  });
}

test('text payloads in every field show literally and never run', async ({ page }) => {
  const payloadAt = (id: number) => textPayloads[id - FIRST_ID]!;
  const { dialogs, violations } = await setUp(page, (seed, id) => hostileArticle(seed, id, payloadAt(id)));
  let from = 'World';
  for (let n = 0; n < textPayloads.length; n++) {
    const id = FIRST_ID + n;
    const payload = payloadAt(id);
    await navigateInApp(page, articleUrl(id), from);
    expect(await regionOutcome(page, '#main .page-grid__main', 'h1.article__headline'), `payload ${n} renders`).toBe('content');
    const article = page.locator('#main article.article');
    await expect(article.locator('h1')).toHaveText(payload.trim());
    // The same text, literally, in the body, a quote, a list, a caption, a tag and a related link.
    await expect(article.locator('p', { hasText: payload.trim() }).first()).toBeVisible();
    await expect(article.locator('blockquote')).toHaveText(payload.trim());
    await expect(article.locator('ul li').first()).toHaveText(payload.trim());
    await expect(article.locator('figcaption').first()).toContainText(payload.trim());
    await expect(article.getByRole('link', { name: payload.trim(), exact: true }).first()).toBeVisible();
    expect(await hostileMarkup(page), `payload ${n} made no markup`).toEqual([]);
    // A link off the site cannot reach back into this page or learn where the reader came from.
    await expect(article.getByRole('link', { name: 'An outside report' })).toHaveAttribute('rel', 'noopener noreferrer');
    from = await assertNavigable(page, n);
  }
  expect(await page.evaluate((name) => (window as unknown as Record<string, unknown>)[name], SENTINEL)).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(await violations()).toEqual([]);
});

test('hostile link targets, related paths and image sources are refused, not rendered', async ({ page }) => {
  const cases: ((seed: Article, id: number) => Article)[] = [
    ...hrefPayloads.map((href) => (seed: Article, id: number) => ({
      ...hostileArticle(seed, id, 'A hostile link'),
      body: [{ type: 'paragraph', content: [{ text: 'Click me', href }] }],
    })),
    ...hrefPayloads.map((path) => (seed: Article, id: number) => ({
      ...hostileArticle(seed, id, 'A hostile related path'),
      related: [{ ...seed.related[0]!, path }],
    })),
    ...hrefPayloads.map((src) => (seed: Article, id: number) => ({
      ...hostileArticle(seed, id, 'A hostile image'),
      image: { ...IMAGE, src, alt: 'x' },
    })),
  ];
  const { dialogs, violations } = await setUp(page, (seed, id) => cases[id - FIRST_ID]!(seed, id));
  let from = 'World';
  for (let n = 0; n < cases.length; n++) {
    await navigateInApp(page, articleUrl(FIRST_ID + n), from);
    expect(await regionOutcome(page, '#main .page-grid__main', 'h1.article__headline'), `case ${n} is refused`).toBe('error');
    expect(await hostileMarkup(page)).toEqual([]);
    await expect(page.getByRole('link', { name: 'Click me' })).toHaveCount(0);
    from = await assertNavigable(page, n);
  }
  expect(await page.evaluate((name) => (window as unknown as Record<string, unknown>)[name], SENTINEL)).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(await violations()).toEqual([]);
});
