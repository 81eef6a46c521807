import { stringsFor } from '../i18n/stringsFor';

/** Head text that is interface language rather than content, from the edition's string table. */
export interface SeoStrings {
  sectionTitle: (section: string, page: number) => string;
  sectionDescription: (section: string, siteName: string) => string;
  notFoundTitle: string;
  tagTitle: (tag: string, page: number) => string;
  tagDescription: (tag: string, siteName: string) => string;
  searchTitle: string;
  searchDescription: string;
}

export function seoStrings(lang: string): SeoStrings {
  const strings = stringsFor(lang);
  return {
    sectionTitle: strings.sectionTitle,
    sectionDescription: strings.share.sectionDescription,
    notFoundTitle: strings.notFoundHeading,
    tagTitle: strings.tag.pageTitle,
    tagDescription: strings.share.tagDescription,
    searchTitle: strings.search.pageTitle(''),
    searchDescription: strings.search.prompt,
  };
}
