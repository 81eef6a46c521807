/**
 * The one place that knows what every address looks like: reader-facing
 * paths (router, compiler, prerender, sitemap, feeds) and content API files.
 */

export interface ArticleAddress {
  lang: string;
  id: string;
  slug: string;
  publishedAt: string;
}

/** The UTC calendar date of a timestamp as the URL shows it: 2021/04/13. */
function urlDate(publishedAt: string): string {
  return new Date(publishedAt).toISOString().slice(0, 10).replaceAll('-', '/');
}

export const paths = {
  home: (lang: string) => `/${lang}`,
  section: (lang: string, slug: string, page = 1) =>
    `/${lang}/section/${slug}${page > 1 ? `?page=${page}` : ''}`,
  article: (a: ArticleAddress) => `/${a.lang}/news/${urlDate(a.publishedAt)}/${a.id}/${a.slug}`,
  /** Atom feed for an edition, or for one of its sections. */
  feed: (lang: string, section?: string) =>
    section === undefined ? `/${lang}/feed.xml` : `/${lang}/section/${section}/feed.xml`,
  /** Articles saved on this device: a page of the app only, with nothing to prerender. */
  saved: (lang: string) => `/${lang}/saved`,
} as const;

/** Route patterns for React Router, kept beside the builders they mirror. */
export const routePatterns = {
  edition: '/:lang',
  section: 'section/:section',
  article: 'news/:year/:month/:day/:id/:slug?',
  saved: 'saved',
} as const;

/** Content API files, relative to the API base. */
export const apiFiles = {
  site: () => 'site.json',
  home: (lang: string) => `${lang}/home.json`,
  article: (lang: string, id: string) => `${lang}/articles/${id}.json`,
  sectionPage: (lang: string, section: string, page: number) =>
    `${lang}/sections/${section}/page-${page}.json`,
  mostVisited: (lang: string, section: string) => `${lang}/sections/${section}/most-visited.json`,
  sectionTop: (lang: string, section: string) => `${lang}/sections/${section}/top.json`,
  topStories: (lang: string) => `${lang}/top-stories.json`,
} as const;

export type AppLocation =
  | { kind: 'home'; lang: string }
  | { kind: 'section'; lang: string; section: string; page: number }
  | { kind: 'article'; lang: string; id: string };

/**
 * Reads an app address back into what its page shows; the inverse of
 * `paths`. Used by prefetching, which only has an href to go on.
 */
export function parseAppPath(href: string): AppLocation | null {
  const url = new URL(href, 'http://x');
  const parts = url.pathname.split('/').filter(Boolean);
  const [lang, kind, ...rest] = parts;
  if (!lang || !/^[a-z]{2,3}$/.test(lang)) return null;
  if (kind === undefined) return { kind: 'home', lang };
  if (kind === 'section' && rest.length === 1) {
    return { kind: 'section', lang, section: rest[0]!, page: parsePage(url.searchParams.get('page')) ?? 1 };
  }
  if (kind === 'news' && (rest.length === 4 || rest.length === 5) && /^\d+$/.test(rest[3]!)) {
    return { kind: 'article', lang, id: rest[3]! };
  }
  return null;
}

/** A page number from a query string: a positive integer, or null if it is not one. */
export function parsePage(raw: string | null): number | null {
  if (raw === null) return 1;
  return /^[1-9]\d{0,5}$/.test(raw) ? Number(raw) : null;
}
