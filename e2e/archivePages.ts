/**
 * Pages outside the e2e build's prerender window (e2e/prerenderWindow.ts),
 * found from the API rather than named, for the server and nginx projects.
 */
import type { APIRequestContext } from '@playwright/test';
import type { SectionPage, Site } from '../src/content-api/schemas';
import { E2E_PRERENDER_WINDOW } from './prerenderWindow';

export const json = async <T>(request: APIRequestContext, path: string) => (await (await request.get(path)).json()) as T;

/** The English edition's oldest story: the last item of every section's last page, the oldest of those. */
export async function oldestStory(request: APIRequestContext) {
  const site = await json<Site>(request, '/api/v1/site.json');
  const lasts = [];
  for (const { slug } of site.editions.find((e) => e.lang === 'en')!.sections) {
    const first = await json<SectionPage>(request, `/api/v1/en/sections/${slug}/page-1.json`);
    const last = await json<SectionPage>(request, `/api/v1/en/sections/${slug}/page-${first.pageCount}.json`);
    lasts.push({ ...last.items.at(-1)!, sectionTitle: last.section.title });
  }
  return lasts.sort((a, b) => a.publishedAt.localeCompare(b.publishedAt))[0]!;
}

/** The first section page past the window. */
export const LATER_PAGE = E2E_PRERENDER_WINDOW.listingPages + 1;
export const LATER_LISTING = `/en/section/politics?page=${LATER_PAGE}`;
