/**
 * The e2e build renders a window smaller than the sample content (decision
 * 0670), so the tests meet both kinds of page a large site serves: rendered
 * at build time, and head-only (rendered in the browser). The newest 170 of
 * the 193 English stories, all 160 Persian ones (the hydration spec's Persian
 * article is among the oldest) and every listing's first two pages are
 * rendered; the seed article (34th newest) is among them. `npm run build`
 * alone renders the whole sample.
 */
export const E2E_PRERENDER_WINDOW = { articles: 170, listingPages: 2 };

export const prerenderWindowEnv = {
  DATELINE_PRERENDER_ARTICLES: String(E2E_PRERENDER_WINDOW.articles),
  DATELINE_PRERENDER_LISTING_PAGES: String(E2E_PRERENDER_WINDOW.listingPages),
};
