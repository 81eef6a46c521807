import { numberFormat } from './intlFormats';

/**
 * A whole number in a locale's own digits and grouping (fa-IR: ۱۲٬۳۴۵).
 * Strings files format every number they show through this, so page numbers
 * and counts read natively in each edition.
 */
export function formatNumber(locale: string, value: number): string {
  return numberFormat(locale).format(value);
}
