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

/**
 * A tag's address segment: lower-case letters and digits of any script joined
 * by hyphens ("Sergei Lavrov" -> "sergei-lavrov", "سیاست تجاری" -> "سیاست-تجاری").
 * Arabic-script letter variants and the zero-width non-joiner fold away, so the
 * same word typed on different keyboards lands on the same page. Article slugs
 * follow the same rules.
 */
export function tagSlug(tag: string): string {
  const slug = tag
    .normalize('NFC')
    .toLowerCase()
    .replace(/['\u2019\u200c]/g, '')
    .replace(/\u064a/g, '\u06cc')
    .replace(/\u0643/g, '\u06a9')
    .replace(/[^\p{Ll}\p{Lo}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  // A tag of symbols alone still needs an address of its own.
  return slug || [...tag].map((c) => c.codePointAt(0)!.toString(36)).join('-');
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
  /** Every story with a tag, newest first; takes the tag's text or its slug (a slug maps to itself). */
  tag: (lang: string, tag: string, page = 1) =>
    `/${lang}/tag/${tagSlug(tag)}${page > 1 ? `?page=${page}` : ''}`,
  /** Search within an edition; an empty query is the bare search page. */
  search: (lang: string, query = '') => `/${lang}/search${query.trim() ? `?q=${encodeURIComponent(query.trim())}` : ''}`,
} as const;

/** Route patterns for React Router, kept beside the builders they mirror. */
export const routePatterns = {
  edition: '/:lang',
  section: 'section/:section',
  article: 'news/:year/:month/:day/:id/:slug?',
  saved: 'saved',
  tag: 'tag/:tag',
  search: 'search',
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
  /** `tag` is a slug from tagSlug(). */
  tagPage: (lang: string, tag: string, page: number) => `${lang}/tags/${tag}/page-${page}.json`,
  tagIndex: (lang: string) => `${lang}/tags.json`,
  searchIndex: (lang: string) => `${lang}/search-index.json`,
} as const;

export type AppLocation =
  | { kind: 'home'; lang: string }
  | { kind: 'section'; lang: string; section: string; page: number }
  | { kind: 'article'; lang: string; id: string }
  | { kind: 'tag'; lang: string; tag: string; page: number };

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
  if (kind === 'tag' && rest.length === 1) {
    return { kind: 'tag', lang, tag: decodeURIComponent(rest[0]!), page: parsePage(url.searchParams.get('page')) ?? 1 };
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
