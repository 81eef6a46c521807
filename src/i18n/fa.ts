import { formatNumber } from './formatNumber';
import type { UiStrings } from './strings';

/** Persian digits and grouping for every number the interface writes. */
const n = (value: number) => formatNumber('fa-IR', value);

export const fa: UiStrings = {
  dateAndTime: (date, time) => `${date}، ساعت ${time}`,

  skipToContent: 'رفتن به محتوای اصلی',
  sectionsNav: 'بخش‌ها',
  footerNote: (siteName) => `${siteName}. همه زمان‌ها به وقت هماهنگ جهانی (UTC) است.`,
  loadingPage: 'در حال بارگیری…',

  homeHeading: (siteName) => `${siteName} — خبرهای برگزیده`,
  homeTitle: (siteName, tagline) => (tagline ? `${siteName} — ${tagline}` : siteName),
  leadStories: 'خبرهای اصلی',
  moreFromSection: (section) => `خبرهای بیشتر ${section}`,

  mostVisitedIn: (section) => `پربازدیدترین‌های ${section}`,
  topSectionStories: (section) => `مهم‌ترین خبرهای ${section}`,
  topStories: 'مهم‌ترین خبرها',
  moreNews: 'خبرهای بیشتر',

  sectionTitle: (section, page) => (page > 1 ? `${section}، صفحه ${n(page)}` : section),
  pagination: 'صفحه‌بندی',
  previousPage: 'صفحه قبل',
  nextPage: 'صفحه بعد',
  pageOf: (page, pageCount) => `صفحه ${n(page)} از ${n(pageCount)}`,
  noStories: 'هنوز خبری در اینجا منتشر نشده است.',

  datelineSeparator: ' – ',
  sampleArticle: 'خبر نمونه',
  sampleArticleNote: 'این خبر محتوای نمونه است و برای نمایش امکانات سایت نوشته شده است.',
  byline: (author) => `نوشته ${author}`,
  published: 'انتشار',
  updated: 'به‌روزرسانی',
  tags: 'برچسب‌ها',
  relatedStories: 'خبرهای مرتبط',
  imageCredit: (credit) => `عکس: ${credit}`,

  couldNotLoad: (what) => `بارگیری ${what} ممکن نشد.`,
  tryAgain: 'تلاش دوباره',
  what: {
    site: 'سایت',
    article: 'این خبر',
    home: 'صفحه نخست',
    section: (section) => `صفحه ${section}`,
  },

  editionsNav: 'نسخه‌ها',

  search: {
    label: 'جست‌وجو در خبرها',
    submit: 'جست‌وجو',
    heading: 'جست‌وجو',
    pageTitle: (query) => (query ? `جست‌وجو: ${query}` : 'جست‌وجو'),
    results: (count, query) => `${n(count)} نتیجه برای «${query}»`,
    showingFirst: (shown) => `${n(shown)} نتیجه نخست نمایش داده می‌شود.`,
    coverage: (indexed, total) => `جست‌وجو در ${n(indexed)} خبر تازه از ${n(total)} خبر انجام می‌شود؛ خبرهای قدیمی‌تر در صفحه‌های بخش‌ها و برچسب‌ها هستند.`,
    noResults: (query) => `خبری با «${query}» پیدا نشد. واژه دیگری یا واژه‌ای کوتاه‌تر را امتحان کنید.`,
    prompt: 'برای جست‌وجو در تیترها، خلاصه‌ها و متن خبرها واژه‌ای بنویسید.',
    index: 'نمایه جست‌وجو',
  },

  tag: {
    kicker: 'برچسب',
    pageTitle: (tag, page) => (page > 1 ? `${tag}، صفحه ${n(page)}` : tag),
    count: (count) => `${n(count)} خبر`,
    what: (tag) => `خبرهای برچسب «${tag}»`,
  },

  notFoundHeading: 'صفحه پیدا نشد',
  notFoundText: 'صفحه‌ای که خواستید وجود ندارد. شاید جابه‌جا شده یا نشانی اشتباه نوشته شده باشد.',
  goToFrontPage: 'رفتن به صفحه نخست',
  errorHeading: 'مشکلی پیش آمد',
  errorText: 'نمایش این صفحه ممکن نشد. معمولاً بارگیری دوباره صفحه مشکل را حل می‌کند.',
  reload: 'بارگیری دوباره صفحه',

  offline: {
    bannerAge: (age) => `شما آفلاین هستید. محتوایی که ${age} پیش ذخیره شده نمایش داده می‌شود.`,
    banner: 'شما آفلاین هستید.',
    notAvailable: 'به‌صورت آفلاین در دسترس نیست',
    notAvailableText: (what) => `شما آفلاین هستید و ${what} روی این دستگاه نگه داشته نشده است.`,
    goBack: 'بازگشت',
    updateAvailable: 'نسخه تازه‌ای از سایت در دسترس است.',
    updateReload: 'بارگیری دوباره',
    install: 'نصب برنامه',
    toolsLabel: 'ابزارهای خواننده',
    savedLink: 'خبرهای ذخیره‌شده',
    save: 'ذخیره برای خواندن آفلاین',
    unsave: 'ذخیره شد — حذف از ذخیره‌شده‌ها',
    savedHeading: 'خبرهای ذخیره‌شده',
    savedEmpty: 'هنوز خبری ذخیره نکرده‌اید. با «ذخیره برای خواندن آفلاین» در صفحه هر خبر، آن را روی این دستگاه نگه دارید.',
    savedAt: 'ذخیره‌شده',
    remove: 'حذف',
    removeLabel: (headline) => `حذف «${headline}» از ذخیره‌شده‌ها`,
    savedOfflineNote: 'خبرهای ذخیره‌شده بدون اتصال به اینترنت هم خواندنی‌اند.',
    errorQuota: 'ذخیره ممکن نشد: فضای ذخیره‌سازی دستگاه پر است.',
    errorRefused: 'ذخیره ممکن نشد: این مرورگر اجازه نگهداری خبرها را به سایت نمی‌دهد.',
    errorImages: 'بدون تصاویرش ذخیره شد: فضای ذخیره‌سازی دستگاه پر است.',
  },

  comfort: {
    displaySettings: 'تنظیمات نمایش',
    theme: 'پوسته',
    themeSystem: 'هماهنگ با سیستم',
    themeLight: 'روشن',
    themeDark: 'تیره',
    textSize: 'اندازه متن',
    textSizeSmall: 'کوچک',
    textSizeDefault: 'پیش‌فرض',
    textSizeLarge: 'بزرگ',
    textSizeLarger: 'بزرگ‌تر',
    readingTime: (minutes) => `${minutes} دقیقه مطالعه`,
    readingProgress: 'پیشرفت مطالعه',
  },
  share: {
    share: 'اشتراک‌گذاری',
    copyLink: 'کپی پیوند',
    linkCopied: 'پیوند کپی شد',
    copyFailed: 'کپی پیوند ممکن نشد. آن را از نوار نشانی کپی کنید.',
    via: {
      email: 'اشتراک‌گذاری با ایمیل',
      x: 'اشتراک‌گذاری در ایکس',
      facebook: 'اشتراک‌گذاری در فیسبوک',
      telegram: 'اشتراک‌گذاری در تلگرام',
      whatsapp: 'اشتراک‌گذاری در واتس‌اپ',
    },
    sectionDescription: (section, siteName) => `تازه‌ترین خبرهای ${section} از ${siteName}.`,
    tagDescription: (tag, siteName) => `خبرهای مربوط به «${tag}» از ${siteName}، تازه‌ترین در ابتدا.`,
  },
};
