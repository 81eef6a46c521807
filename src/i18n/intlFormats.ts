/**
 * The Intl formatters the app uses, made once per locale and shared.
 * Creating one is costly (the first loads the locale's data: tens of
 * milliseconds on a phone), so they are never made per call, and
 * src/main.tsx makes the `startupFormats` ahead of the first render, each in
 * a task of its own, instead of in the middle of hydration.
 */
const cache = new Map<string, object>();

function memo<T extends object>(key: string, create: () => T): T {
  let format = cache.get(key) as T | undefined;
  if (!format) {
    format = create();
    cache.set(key, format);
  }
  return format;
}

/** Whole numbers in the locale's digits and grouping. */
export const numberFormat = (locale: string) =>
  memo(`number:${locale}`, () => new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }));

/** Dates and times in UTC, so the prerendered page, the app and every reader see the same wire time. */
export const dayFormat = (locale: string) =>
  memo(`day:${locale}`, () => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }));

export const timeFormat = (locale: string) =>
  memo(`time:${locale}`, () => new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' }));

export const relativeTimeFormat = (locale: string) =>
  memo(`relative:${locale}`, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));

/**
 * The formatters a first render needs, for src/main.tsx to make one per task
 * before hydration: the first loads the locale's number data (tens of
 * milliseconds), the others then take a few.
 */
export const startupFormats: readonly ((locale: string) => object)[] = [numberFormat, dayFormat, timeFormat];
