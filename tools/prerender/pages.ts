/** Which pages the build prerenders, at which files, with which head. */
import { paths, routePatterns } from '../../src/content-api/paths';
import { articleHead, homeHead, notFoundHead, searchHead, sectionHead, tagHead, type PageHead } from '../../src/seo';
import type { RouteTable } from '../server/routes';
import type { ApiSnapshot } from './apiSnapshot';
import { EVERY_PAGE, type PrerenderWindow } from './window';

export interface PageJob {
  /** Path and query, as `paths` builds it and the router reads it. */
  url: string;
  /** Relative to dist/. */
  file: string;
  status: 200 | 404;
  head: PageHead;
  /**
   * False for a page outside the prerender window (window.ts): its file is
   * the shell with this head, and the browser renders the page.
   */
  rendered: boolean;
}

export const NOT_FOUND_FILE = '404.html';

/**
 * Static hosts serve files by path and ignore the query string, so a later
 * section page (`?page=2`) is written under `page/2/` beside page 1; the
 * server and deploy/nginx.conf map the query to that folder.
 */
export function fileForUrl(url: string): string {
  const { pathname, searchParams } = new URL(url, 'http://x');
  const page = Number(searchParams.get('page') ?? '1');
  // Servers look files up by the decoded path, and a percent-encoded Persian slug would pass the 255-byte name limit.
  const dir = decodeURIComponent(pathname).replace(/^\/+|\/+$/g, '');
  const pageDir = page > 1 ? `${dir}/page/${page}` : dir;
  return `${pageDir ? `${pageDir}/` : ''}index.html`;
}

/**
 * Made one at a time as the render workers ask for them: at 100,000
 * articles the heads alone would hold hundreds of megabytes if listed at once.
 * Every canonical page gets a file; `window` says which are rendered.
 */
export function* pageJobs(snapshot: ApiSnapshot, window: PrerenderWindow = EVERY_PAGE): Generator<PageJob> {
  const { site } = snapshot;
  const job = (url: string, head: PageHead, rendered = true): PageJob => ({ url, file: fileForUrl(url), status: 200, head, rendered });
  for (const { edition, articles, sectionPages, tagPages } of snapshot.editions) {
    const ctx = { site, edition };
    const listed = (page: { page: number }) => page.page <= window.listingPages;
    yield job(paths.home(edition.lang), homeHead(ctx));
    for (const page of sectionPages) yield job(paths.section(edition.lang, page.section.slug, page.page), sectionHead(ctx, page), listed(page));
    for (const page of tagPages) yield job(paths.tag(edition.lang, page.tag.slug, page.page), tagHead(ctx, page), listed(page));
    // The empty search page (masthead, heading, form) renders the same before and after its index loads.
    // Not the saved page: its list comes from the device (IndexedDB) before the first render, so markup made here would not match.
    yield job(paths.search(edition.lang), searchHead(ctx));
    // Newest first (apiSnapshot.ts), so the window is the newest stories.
    for (const [i, article] of articles.entries()) yield job(paths.article(article), articleHead(ctx, article), i < window.articles);
  }
  // An address no route knows renders the not-found page in its edition's frame: the default edition's
  // for any path, and each other edition's own for paths under it (routeTable's `notFound`).
  for (const edition of site.editions) {
    const url = `${paths.home(edition.lang)}/__not-found__`;
    yield { url, file: notFoundFile(site, edition.lang), status: 404, head: notFoundHead({ site, edition }), rendered: true };
  }
}

/** `404.html` for the default edition, `<lang>/404.html` for the others. */
export function notFoundFile(site: ApiSnapshot['site'], lang: string): string {
  return lang === site.defaultEdition ? NOT_FOUND_FILE : `${lang}/${NOT_FOUND_FILE}`;
}

/**
 * dist/routes.json for the servers' real 404s (format: tools/server/routes.ts):
 * the start page, every edition's home, section and tag pages listed exactly,
 * its app-only routes, the addresses the app
 * turns into a canonical one (an article under an old slug or date, or none)
 * as a set of ids per edition, and each edition's own not-found page.
 */
export function routeTable(snapshot: ApiSnapshot): RouteTable {
  const { site } = snapshot;
  const routes = ['/'];
  const ids: Record<string, string[]> = {};
  const notFound: Record<string, string> = {};
  for (const { edition, articles, tagPages } of snapshot.editions) {
    const lang = edition.lang;
    routes.push(paths.home(lang));
    for (const section of edition.sections) routes.push(paths.section(lang, section.slug));
    // A tag exists when the compiler wrote its pages; any other tag address is a real 404.
    for (const page of tagPages) if (page.page === 1) routes.push(paths.tag(lang, page.tag.slug));
    // Every other route of an edition (saved, search, whatever comes next) is the app's to answer.
    for (const [name, pattern] of Object.entries(routePatterns)) {
      if (!contentRoutes.has(name)) routes.push(`${paths.home(lang)}/${pattern}`);
    }
    ids[lang] = articles.map((a) => a.id);
    const file = notFoundFile(site, lang);
    if (file !== NOT_FOUND_FILE) notFound[lang] = `/${file}`;
  }
  // Every later page of a section or tag is written (rendered or head-only, decision 0670): one not written is past the end.
  const paged = [routePatterns.section, routePatterns.tag].map((pattern) => `${routePatterns.edition}/${pattern}`);
  return { routes, articles: { pattern: `${routePatterns.edition}/${routePatterns.article}`, ids }, notFound, paged };
}

/** The routes whose every valid address is listed above from the content itself. */
const contentRoutes = new Set(['edition', 'section', 'article', 'tag']);
