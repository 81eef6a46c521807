/** Every piece of interface text, for one edition. Content text comes from the API, never from here. */
export interface UiStrings {
  /** The separator between the date and the time of day in a formatted timestamp. */
  dateAndTime: (date: string, time: string) => string;

  skipToContent: string;
  sectionsNav: string;
  footerNote: (siteName: string) => string;
  loadingPage: string;

  homeHeading: (siteName: string) => string;
  homeTitle: (siteName: string, tagline: string) => string;
  leadStories: string;
  moreFromSection: (section: string) => string;

  mostVisitedIn: (section: string) => string;
  topSectionStories: (section: string) => string;
  topStories: string;
  moreNews: string;

  sectionTitle: (section: string, page: number) => string;
  pagination: string;
  previousPage: string;
  nextPage: string;
  pageOf: (page: number, pageCount: number) => string;
  noStories: string;

  datelineSeparator: string;
  sampleArticle: string;
  sampleArticleNote: string;
  byline: (author: string) => string;
  published: string;
  updated: string;
  tags: string;
  relatedStories: string;
  imageCredit: (credit: string) => string;

  couldNotLoad: (what: string) => string;
  tryAgain: string;
  what: {
    site: string;
    article: string;
    home: string;
    section: (section: string) => string;
  };

  /** The masthead's list of editions. */
  editionsNav: string;

  /** Site search (src/features/search) and its masthead form. */
  search: {
    /** Names the search landmark and the masthead form's input. */
    label: string;
    submit: string;
    heading: string;
    pageTitle: (query: string) => string;
    results: (count: number, query: string) => string;
    /** Shown when more stories match than the page lists. */
    showingFirst: (shown: number) => string;
    /** Said when the index holds only the newest stories of a very large edition. */
    coverage: (indexed: number, total: number) => string;
    noResults: (query: string) => string;
    prompt: string;
    index: string;
  };

  /** Tag pages (src/features/tag) and the article's tag links. */
  tag: {
    kicker: string;
    pageTitle: (tag: string, page: number) => string;
    count: (count: number) => string;
    what: (tag: string) => string;
  };

  notFoundHeading: string;
  notFoundText: string;
  goToFrontPage: string;
  errorHeading: string;
  errorText: string;
  reload: string;

  /** Installing, offline reading, updates and saved articles (src/features/offline, src/features/saved). */
  offline: {
    bannerAge: (age: string) => string;
    banner: string;
    notAvailable: string;
    notAvailableText: (what: string) => string;
    goBack: string;
    updateAvailable: string;
    updateReload: string;
    install: string;
    /** The landmark holding Install and the saved-articles link. */
    toolsLabel: string;
    savedLink: string;
    save: string;
    unsave: string;
    savedHeading: string;
    savedEmpty: string;
    savedAt: string;
    remove: string;
    removeLabel: (headline: string) => string;
    savedOfflineNote: string;
    errorQuota: string;
    errorRefused: string;
    errorImages: string;
  };

  /** Display settings, reading aids and route announcements (src/features/settings, the article page). */
  comfort: {
    displaySettings: string;
    theme: string;
    themeSystem: string;
    themeLight: string;
    themeDark: string;
    textSize: string;
    textSizeSmall: string;
    textSizeDefault: string;
    textSizeLarge: string;
    textSizeLarger: string;
    /** The number arrives already formatted in the edition's numerals. */
    readingTime: (minutes: string) => string;
    readingProgress: string;
  };

  /** The article's share control (src/features/share) and the head of listing pages (src/seo). */
  share: {
    share: string;
    copyLink: string;
    linkCopied: string;
    copyFailed: string;
    /** Names of the plain share links, one per service. */
    via: { email: string; x: string; facebook: string; telegram: string; whatsapp: string };
    /** A section page's meta description. */
    sectionDescription: (section: string, siteName: string) => string;
    /** A tag page's meta description. */
    tagDescription: (tag: string, siteName: string) => string;
  };
}
