/**
 * Head text that is interface language rather than content. English only
 * until the edition string tables (src/i18n) carry these keys.
 */
export interface SeoStrings {
  sectionTitle: (section: string, page: number) => string;
  sectionDescription: (section: string, siteName: string) => string;
  notFoundTitle: string;
}

const en: SeoStrings = {
  sectionTitle: (section, page) => (page > 1 ? `${section}, page ${page}` : section),
  sectionDescription: (section, siteName) => `The latest ${section} news from ${siteName}.`,
  notFoundTitle: 'Page not found',
};

const byLang: Readonly<Record<string, SeoStrings>> = { en };

export function seoStrings(lang: string): SeoStrings {
  return byLang[lang] ?? en;
}
