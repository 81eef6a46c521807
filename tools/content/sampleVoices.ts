/**
 * Everything language-specific in a sample story: word lists, the dateline,
 * the fixed phrases of the body and how digits are written. One voice per
 * edition the sample generator knows.
 */
import { CITIES, COUNTRIES, FIRST_NAMES, LAST_NAMES, REGIONS, sectionWords, WEEKDAYS, type SectionWords } from './sampleWords';
import { FA_CITIES, FA_COUNTRIES, FA_FIRST_NAMES, FA_LAST_NAMES, FA_REGIONS, FA_WEEKDAYS, faSectionWords } from './sampleWordsFa';

export interface SampleVoice {
  countries: readonly string[];
  cities: readonly string[];
  regions: readonly string[];
  firstNames: readonly string[];
  lastNames: readonly string[];
  /** Monday first. */
  weekdays: readonly string[];
  sectionWords: (slug: string) => SectionWords;
  byline: string;
  dateline: (city: string) => string;
  /** Writes a number's ASCII digits the way the language does. */
  digits: (text: string) => string;
  /** Added to every wire id, so editions never share ids (the compiler requires them unique). */
  idOffset: number;
  /** Seed for the edition's publishing plan. */
  planSeed: number;
  phrases: {
    intro: string;
    noFurtherDetails: string;
    whyItMatters: string;
    background: string;
    whatNext: string;
    readMore: string;
    pictureAlt: string;
    pictureTitle: (city: string) => string;
    imageAlt: (section: string) => string;
    imageCaption: (city: string) => string;
  };
}

export const SAMPLE_BYLINE = 'Dateline sample desk';
export const SAMPLE_DATELINE_AGENCY = 'Sample Wire';

const en: SampleVoice = {
  countries: COUNTRIES,
  cities: CITIES,
  regions: REGIONS,
  firstNames: FIRST_NAMES,
  lastNames: LAST_NAMES,
  weekdays: WEEKDAYS,
  sectionWords,
  byline: SAMPLE_BYLINE,
  dateline: (city) => `${city.toUpperCase()} (${SAMPLE_DATELINE_AGENCY})`,
  digits: (text) => text,
  idOffset: 0,
  planSeed: 20210413,
  phrases: {
    intro: '*This is a sample story generated for the Dateline demo; its people, places and events are fictional.*',
    noFurtherDetails: 'No further details were given.',
    whyItMatters: '**Why it matters:**',
    background: '## Background',
    whatNext: '### What comes next',
    readMore: 'Read more:',
    pictureAlt: 'A placeholder picture',
    pictureTitle: (city) => `Sample picture from ${city}`,
    imageAlt: (section) => `Illustration for a sample ${section} story`,
    imageCaption: (city) => `A placeholder picture for a fictional story from ${city}.`,
  },
};

const PERSIAN_DIGITS = '۰۱۲۳۴۵۶۷۸۹';

const fa: SampleVoice = {
  countries: FA_COUNTRIES,
  cities: FA_CITIES,
  regions: FA_REGIONS,
  firstNames: FA_FIRST_NAMES,
  lastNames: FA_LAST_NAMES,
  weekdays: FA_WEEKDAYS,
  sectionWords: faSectionWords,
  byline: 'میز نمونه داتلاین',
  dateline: (city) => `${city} (داتلاین)`,
  digits: (text) => text.replace(/\d/g, (d) => PERSIAN_DIGITS[Number(d)]!),
  // Persian wire ids run in their own range, well clear of the English ones.
  idOffset: 1_000_000,
  planSeed: 13990124,
  phrases: {
    intro: '*این خبر نمونه‌ای است که برای نمایش داتلاین ساخته شده؛ افراد، مکان‌ها و رویدادهای آن خیالی‌اند.*',
    noFurtherDetails: 'جزئیات بیشتری اعلام نشد.',
    whyItMatters: '**چرا مهم است:**',
    background: '## پیشینه',
    whatNext: '### گام بعدی',
    readMore: 'بیشتر بخوانید:',
    pictureAlt: 'تصویری نمادین',
    pictureTitle: (city) => `تصویر نمونه از ${city}`,
    imageAlt: () => 'تصویرسازی برای یک خبر نمونه',
    imageCaption: (city) => `تصویری نمادین برای خبری خیالی از ${city}.`,
  },
};

const voices: Readonly<Record<string, SampleVoice>> = { en, fa };

/** The editions the sample generator can write. */
export const SAMPLE_LANGS = Object.keys(voices);

export function voiceFor(lang: string): SampleVoice {
  const voice = voices[lang];
  if (!voice) throw new Error(`the sample generator has no word lists for "${lang}"`);
  return voice;
}
