// The leaf module, not the i18n index: e2e tests import this file in Node, outside Vite.
import { relativeTimeFormat } from '../i18n/intlFormats';

const units: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];


/**
 * "3 hours ago", "yesterday", "2 years ago" in the locale's words and
 * numerals, in the largest whole unit. Under a minute reads as "now", and so
 * does a timestamp slightly in the future (a clock running behind the wire's).
 */
export function formatRelativeTime(iso: string, now: number, locale: string): string {
  const seconds = Math.round((Date.parse(iso) - now) / 1000);
  const format = relativeTimeFormat(locale);
  for (const [unit, size] of units) {
    const amount = Math.trunc(seconds / size);
    if (amount <= -1) return format.format(amount, unit);
  }
  return format.format(0, 'second');
}
