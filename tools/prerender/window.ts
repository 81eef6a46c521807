/**
 * Which pages the build renders with the app (decision 0670). Readers and
 * crawlers mostly ask for the newest stories and the first pages of each
 * listing; an archive of 100,000 articles rendered in full costs ~11 ms of CPU
 * a page (23 min on two cores), and more with every story published. The
 * rest get a head-only page: the shell with the page's own title, canonical,
 * preview tags and JSON-LD, rendered in the browser.
 */
export interface PrerenderWindow {
  /** The newest this many articles of each edition are rendered. */
  articles: number;
  /** Pages 1..this of each section and tag are rendered. */
  listingPages: number;
}

/** About a week of a busy wire service's output, and 200 stories deep into every listing (20 a page). */
export const DEFAULT_WINDOW: PrerenderWindow = { articles: 2000, listingPages: 10 };

/** Every page rendered: the whole site, at any size. */
export const EVERY_PAGE: PrerenderWindow = { articles: Infinity, listingPages: Infinity };

function count(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  if (value === 'all') return Infinity;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number of 0 or more, or "all"; got "${value}"`);
  return n;
}

/** DATELINE_PRERENDER_ARTICLES and DATELINE_PRERENDER_LISTING_PAGES override the defaults ("all" renders every one). */
export function prerenderWindow(env: NodeJS.ProcessEnv = process.env): PrerenderWindow {
  return {
    articles: count('DATELINE_PRERENDER_ARTICLES', env.DATELINE_PRERENDER_ARTICLES, DEFAULT_WINDOW.articles),
    listingPages: count('DATELINE_PRERENDER_LISTING_PAGES', env.DATELINE_PRERENDER_LISTING_PAGES, DEFAULT_WINDOW.listingPages),
  };
}
