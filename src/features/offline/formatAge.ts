const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * How long ago, as a unit phrase the edition's locale writes ("5 minutes",
 * "2 hours", "3 days"), for sentences that say "… ago" themselves.
 */
export function formatAge(ms: number, locale: string): string {
  const [value, unit] =
    ms >= DAY ? [Math.floor(ms / DAY), 'day'] : ms >= HOUR ? [Math.floor(ms / HOUR), 'hour'] : [Math.max(1, Math.floor(ms / MINUTE)), 'minute'];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(value);
}
