const formats = new Map<string, Intl.NumberFormat>();

/**
 * A whole number in a locale's own digits and grouping (fa-IR: ۱۲٬۳۴۵).
 * Strings files format every number they show through this, so page numbers
 * and counts read natively in each edition.
 */
export function formatNumber(locale: string, value: number): string {
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    formats.set(locale, format);
  }
  return format.format(value);
}
