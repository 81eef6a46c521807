import type { UiStrings } from './strings';

export const en: UiStrings = {
  dateAndTime: (date, time) => `${date}, ${time}`,

  skipToContent: 'Skip to content',
  sectionsNav: 'Sections',
  footerNote: (siteName) => `${siteName}. Wire news, as it happens.`,
  loadingPage: 'Loading…',

  homeHeading: (siteName) => `${siteName} — Top news`,
  homeTitle: (siteName, tagline) => (tagline ? `${siteName} — ${tagline}` : siteName),
  leadStories: 'Lead stories',
  moreFromSection: (section) => `More from ${section}`,

  mostVisitedIn: (section) => `Most Visited in ${section}`,
  topSectionStories: (section) => `Top ${section} stories`,
  topStories: 'Top Stories',
  moreNews: 'More news',

  sectionTitle: (section, page) => (page > 1 ? `${section}, page ${page}` : section),
  pagination: 'Pagination',
  previousPage: 'Previous page',
  nextPage: 'Next page',
  pageOf: (page, pageCount) => `Page ${page} of ${pageCount}`,
  noStories: 'There are no stories here yet.',

  datelineSeparator: ' – ',
  sampleArticle: 'Sample article',
  sampleArticleNote: 'This story is sample content, written to demonstrate the site.',
  byline: (author) => `By ${author}`,
  published: 'Published',
  updated: 'Updated',
  tags: 'Tags',
  relatedStories: 'Related stories',
  imageCredit: (credit) => `Photo: ${credit}`,

  couldNotLoad: (what) => `We couldn't load ${what}.`,
  tryAgain: 'Try again',
  what: {
    site: 'the site',
    article: 'this article',
    home: 'the front page',
    section: (section) => `the ${section} page`,
  },

  notFoundHeading: 'Page not found',
  notFoundText: 'The page you asked for does not exist. It may have moved, or the address may be mistyped.',
  goToFrontPage: 'Go to the front page',
  errorHeading: 'Something went wrong',
  errorText: 'This page could not be shown. Reloading usually helps.',
  reload: 'Reload the page',
};
