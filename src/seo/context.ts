import type { Edition, Site } from '../content-api/schemas';
import { absoluteUrl, siteOrigin } from './siteOrigin';

/** What every page's head needs besides its own data. */
export interface SeoContext {
  site: Site;
  edition: Edition;
  /** Defaults to SITE_ORIGIN; tests and tools may pass another. */
  origin?: string;
}

export function absoluteIn(ctx: SeoContext): (path: string) => string {
  const origin = ctx.origin ?? siteOrigin;
  return (path) => absoluteUrl(path, origin);
}

export function sectionTitle(edition: Edition, slug: string): string {
  return edition.sections.find((s) => s.slug === slug)?.title ?? slug;
}

/** Open Graph wants en_GB where the web says en-GB. */
export function ogLocale(locale: string): string {
  return locale.replace('-', '_');
}
