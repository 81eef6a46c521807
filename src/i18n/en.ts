import { formatNumber } from './formatNumber';
import type { UiStrings } from './strings';

const n = (value: number) => formatNumber('en-GB', value);

export const en: UiStrings = {
  dateAndTime: (date, time) => `${date}, ${time}`,

  skipToContent: 'Skip to content',
  sectionsNav: 'Sections',
  footerNote: (siteName) => `${siteName}. All times are UTC.`,
  loadingPage: 'Loading…',

  homeHeading: (siteName) => `${siteName} — Top news`,
  homeTitle: (siteName, tagline) => (tagline ? `${siteName} — ${tagline}` : siteName),
  leadStories: 'Lead stories',
  moreFromSection: (section) => `More from ${section}`,

  mostVisitedIn: (section) => `Most Visited in ${section}`,
  topSectionStories: (section) => `Top ${section} stories`,
  topStories: 'Top Stories',
  moreNews: 'More news',

  sectionTitle: (section, page) => (page > 1 ? `${section}, page ${n(page)}` : section),
  pagination: 'Pagination',
  previousPage: 'Previous page',
  nextPage: 'Next page',
  pageOf: (page, pageCount) => `Page ${n(page)} of ${n(pageCount)}`,
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

  editionsNav: 'Editions',

  search: {
    label: 'Search the news',
    submit: 'Search',
    heading: 'Search',
    pageTitle: (query) => (query ? `Search: ${query}` : 'Search'),
    results: (count, query) => `${n(count)} ${count === 1 ? 'result' : 'results'} for “${query}”`,
    showingFirst: (shown) => `Showing the best ${n(shown)}.`,
    coverage: (indexed, total) => `Search covers the newest ${n(indexed)} of ${n(total)} stories; older ones are in the section and tag pages.`,
    noResults: (query) => `No stories match “${query}”. Try another word or a shorter one.`,
    prompt: 'Type a word to search headlines, summaries and stories.',
    index: 'the search index',
  },

  tag: {
    kicker: 'Tag',
    pageTitle: (tag, page) => (page > 1 ? `${tag}, page ${n(page)}` : tag),
    count: (count) => `${n(count)} ${count === 1 ? 'story' : 'stories'}`,
    what: (tag) => `the stories tagged “${tag}”`,
  },

  notFoundHeading: 'Page not found',
  notFoundText: 'The page you asked for does not exist. It may have moved, or the address may be mistyped.',
  goToFrontPage: 'Go to the front page',
  errorHeading: 'Something went wrong',
  errorText: 'This page could not be shown. Reloading usually helps.',
  reload: 'Reload the page',

  offline: {
    bannerAge: (age) => `You're offline. Showing content saved ${age} ago.`,
    banner: "You're offline.",
    notAvailable: 'Not available offline',
    notAvailableText: (what) => `You're offline, and ${what} has not been kept on this device.`,
    goBack: 'Go back',
    updateAvailable: 'A new version is available.',
    updateReload: 'Reload',
    install: 'Install app',
    toolsLabel: 'Reader tools',
    savedLink: 'Saved articles',
    save: 'Save for offline',
    unsave: 'Saved — remove from saved',
    savedHeading: 'Saved articles',
    savedEmpty: 'No saved articles yet. Use “Save for offline” on an article to keep it on this device.',
    savedAt: 'Saved',
    remove: 'Remove',
    removeLabel: (headline) => `Remove “${headline}” from saved`,
    savedOfflineNote: 'Saved articles stay readable without a connection.',
    errorQuota: "Couldn't save: your device is out of storage.",
    errorRefused: "Couldn't save: this browser does not let the site store articles.",
    errorImages: 'Saved without its images: your device is out of storage.',
  },

  comfort: {
    displaySettings: 'Display settings',
    theme: 'Theme',
    themeSystem: 'System',
    themeLight: 'Light',
    themeDark: 'Dark',
    textSize: 'Text size',
    textSizeSmall: 'Small',
    textSizeDefault: 'Default',
    textSizeLarge: 'Large',
    textSizeLarger: 'Larger',
    readingTime: (minutes) => `${minutes} min read`,
    readingProgress: 'Reading progress',
  },
  share: {
    share: 'Share',
    copyLink: 'Copy link',
    linkCopied: 'Link copied',
    copyFailed: 'Could not copy the link. Copy it from the address bar.',
    via: {
      email: 'Share by email',
      x: 'Share on X',
      facebook: 'Share on Facebook',
      telegram: 'Share on Telegram',
      whatsapp: 'Share on WhatsApp',
    },
    sectionDescription: (section, siteName) => `The latest ${section} news from ${siteName}.`,
    tagDescription: (tag, siteName) => `Stories tagged “${tag}” from ${siteName}, newest first.`,
  },
};
