import { stringsFor } from '../i18n/stringsFor';

/** Head text that is interface language rather than content, from the edition's string table. */
export interface SeoStrings {
  sectionTitle: (section: string, page: number) => string;
  sectionDescription: (section: string, siteName: string) => string;
  notFoundTitle: string;
}

export function seoStrings(lang: string): SeoStrings {
  const strings = stringsFor(lang);
  return {
    sectionTitle: strings.sectionTitle,
    sectionDescription: strings.share.sectionDescription,
    notFoundTitle: strings.notFoundHeading,
  };
}
