import { parsePage, type Edition } from '../../content-api';

/**
 * The page of a section listing an address asks for, or null when no such
 * page can exist: a page number that is not a positive integer, or a section
 * the edition does not have. (A page past the last one is found out when its
 * file turns out to be missing.) Without the edition, only the page is checked.
 */
export function sectionPageNumber(edition: Edition | undefined, section: string, rawPage: string | null): number | null {
  if (edition && !edition.sections.some((s) => s.slug === section)) return null;
  return parsePage(rawPage);
}

/** True when a listing file's page lies outside its own page count. */
export function isPastLastPage(page: number, pageCount: number): boolean {
  return page > pageCount;
}

/**
 * Whether a listing file that turns out to be missing means the page does not
 * exist. A section site.json lists always has a first page, so its absence is
 * a failure to report with a retry; a later page may simply be past the last.
 */
export function missingPageMeansNotFound(page: number, sectionIsListed: boolean): boolean {
  return page > 1 || !sectionIsListed;
}
