/**
 * Hostile API responses: seeded mutations of real article, section-page and
 * sidebar files, served through page.route. Whatever arrives, the page shows
 * it or says plainly that it could not, with "Try again"; nothing throws;
 * the rest of the app keeps working. FUZZ_SEED replays another run.
 */
import type { Page, Route } from '@playwright/test';
import { assertNavigable, expect, navigateInApp, newTally, regionOutcome } from './fuzz/harness';
import { mutate, type Json, type Mutation } from './fuzz/mutate';
import { test, SEED } from './fixtures';

const SEED_NUMBER = Number(process.env.FUZZ_SEED ?? 20260413);
const CASES = { article: 90, section: 60, sidebar: 60 } as const;
const FIRST_ID = 9_100_000;

// The service worker would answer some requests itself; the fuzzer must see every one.
test.use({ serviceWorkers: 'block' });
// Generous: on a shared, loaded machine a case can take seconds; on an idle one the whole file takes about a minute.
test.describe.configure({ timeout: 600_000 });

async function baseJson(page: Page, path: string): Promise<Json> {
  const response = await page.request.get(path);
  expect(response.ok()).toBe(true);
  return (await response.json()) as Json;
}

const fulfil = (route: Route, mutation: Mutation) =>
  route.fulfill({ status: 200, contentType: 'application/json', body: mutation.body });

const articleUrl = (id: number) => `/en/news/2021/04/13/${id}/fuzz-case`;

/** The seed article, readdressed as case `id` (so nothing is cached and no canonical redirect applies). */
function asCase(article: Json, id: number, section = 'politics'): Json {
  return { ...(article as Record<string, Json>), id: String(id), slug: 'fuzz-case', section, path: articleUrl(id) };
}

async function start(page: Page): Promise<string> {
  await page.goto('/en/section/world');
  await expect(page.getByRole('heading', { level: 1, name: 'World' })).toBeVisible();
  return 'World';
}

test('article responses: rendered or refused with a retry, never a crash', async ({ page }) => {
  const article = await baseJson(page, `/api/v1/en/articles/${SEED.apiFile.match(/(\d+)\.json$/)![1]}.json`);
  const served = new Map<string, Mutation>();
  await page.route('**/api/v1/en/articles/91*.json', (route) => {
    const id = Number(/(\d+)\.json$/.exec(route.request().url())![1]);
    const mutation = mutate(asCase(article, id), id - FIRST_ID, SEED_NUMBER);
    served.set(String(id), mutation);
    return fulfil(route, mutation);
  });
  let from = await start(page);
  const tally = newTally();
  const started = performance.now();
  for (let n = 0; n < CASES.article; n++) {
    const id = FIRST_ID + n;
    await navigateInApp(page, articleUrl(id), from);
    await expect(page).toHaveURL(articleUrl(id));
    const mutation = served.get(String(id));
    test.info().annotations.push({ type: 'case', description: `${n}: ${mutation?.kind}` });
    const outcome = await regionOutcome(page, '#main .page-grid__main', 'h1.article__headline');
    expect(mutation, `case ${n} was served`).toBeDefined();
    if (mutation!.expectValid) expect(outcome, `case ${n} (${mutation!.kind}) is valid and must render`).toBe('content');
    // The page around a failed article still works: its sidebars and the masthead.
    await expect(page.getByRole('region', { name: 'Top Stories' }).getByRole('link').first()).toBeVisible();
    tally[outcome]++;
    from = await assertNavigable(page, n);
    if (n % 20 === 19) console.log(`  ${test.info().title.split(':')[0]}: ${n + 1} cases, ${Math.round(performance.now() - started)} ms`);
  }
  console.log(`fuzz articles: ${JSON.stringify(tally)}`);
  expect(tally.error).toBeGreaterThan(CASES.article / 2);
  expect(tally.content).toBeGreaterThan(0);
});

test('section page responses: rendered or refused with a retry, never a crash', async ({ page }) => {
  const listing = (await baseJson(page, '/api/v1/en/sections/politics/page-1.json')) as Record<string, Json>;
  const served = new Map<number, Mutation>();
  const FIRST_PAGE = 1000;
  await page.route('**/api/v1/en/sections/politics/page-*.json', (route) => {
    const pageNumber = Number(/page-(\d+)\.json$/.exec(route.request().url())![1]);
    if (pageNumber < FIRST_PAGE) return route.continue();
    const mutation = mutate({ ...listing, page: pageNumber, pageCount: pageNumber }, pageNumber - FIRST_PAGE, SEED_NUMBER + 1);
    served.set(pageNumber, mutation);
    return fulfil(route, mutation);
  });
  let from = await start(page);
  const tally = newTally();
  const started = performance.now();
  for (let n = 0; n < CASES.section; n++) {
    const url = `/en/section/politics?page=${FIRST_PAGE + n}`;
    await navigateInApp(page, url, from);
    await expect(page).toHaveURL(url);
    // A listing whose own page count says this page cannot exist is a not-found page: also a clear state.
    const outcome = await regionOutcome(page, '#main', '.story-card, .message-page');
    const mutation = served.get(FIRST_PAGE + n);
    expect(mutation, `case ${n} was served`).toBeDefined();
    if (mutation!.expectValid) expect(outcome, `case ${n} (${mutation!.kind}) is valid and must render`).toBe('content');
    tally[outcome]++;
    from = await assertNavigable(page, n);
    if (n % 20 === 19) console.log(`  ${test.info().title.split(':')[0]}: ${n + 1} cases, ${Math.round(performance.now() - started)} ms`);
  }
  console.log(`fuzz section pages: ${JSON.stringify(tally)}`);
  expect(tally.error).toBeGreaterThan(CASES.section / 2);
});

test('sidebar responses: the article stays readable whatever its sidebar gets', async ({ page }) => {
  const article = await baseJson(page, `/api/v1/en/articles/${SEED.apiFile.match(/(\d+)\.json$/)![1]}.json`);
  const sidebar = await baseJson(page, '/api/v1/en/sections/politics/most-visited.json');
  const top = await baseJson(page, '/api/v1/en/sections/politics/top.json');
  const served = new Map<number, Mutation>();
  await page.route('**/api/v1/en/articles/92*.json', (route) => {
    const id = Number(/(\d+)\.json$/.exec(route.request().url())![1]);
    return route.fulfill({ json: asCase(article, id, `fz${id - FIRST_ID}`) });
  });
  await page.route('**/api/v1/en/sections/fz*/*.json', (route) => {
    const [, n, file] = /sections\/fz(\d+)\/([a-z-]+)\.json$/.exec(route.request().url())!;
    if (file === 'top') return route.fulfill({ json: top });
    const mutation = mutate(sidebar, Number(n), SEED_NUMBER + 2);
    served.set(Number(n), mutation);
    return fulfil(route, mutation);
  });
  let from = await start(page);
  const tally = newTally();
  const started = performance.now();
  for (let n = 0; n < CASES.sidebar; n++) {
    const id = FIRST_ID + 100_000 + n;
    await navigateInApp(page, articleUrl(id), from);
    await expect(page).toHaveURL(articleUrl(id));
    await expect(page.locator('h1.article__headline')).toHaveText(SEED.headline);
    // Most Visited is the first list beside an article.
    await expect(page.getByRole('region', { name: `Most Visited in fz${id - FIRST_ID}` })).toBeVisible();
    const outcome = await regionOutcome(page, '#main .sidebars > .story-list-region:first-of-type', 'ol li a');
    const mutation = served.get(id - FIRST_ID);
    expect(mutation, `case ${n} was served`).toBeDefined();
    if (mutation!.expectValid) expect(outcome, `case ${n} (${mutation!.kind}) is valid and must render`).toBe('content');
    tally[outcome]++;
    from = await assertNavigable(page, n);
    if (n % 20 === 19) console.log(`  ${test.info().title.split(':')[0]}: ${n + 1} cases, ${Math.round(performance.now() - started)} ms`);
  }
  console.log(`fuzz sidebars: ${JSON.stringify(tally)}`);
  expect(tally.error).toBeGreaterThan(CASES.sidebar / 2);
});
