import { useEdition, useStrings } from '../i18n';

/**
 * Formats in UTC so that the prerendered page, the app and every reader see
 * the same wire time.
 */
export function formatDateTime(iso: string, locale: string, join: (date: string, time: string) => string): string {
  const date = new Date(iso);
  const day = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' });
  return join(day.format(date), time.format(date));
}

interface Props {
  dateTime: string;
  className?: string;
}

/** A machine-readable timestamp with readable text in the edition's locale. */
export function Time({ dateTime, className }: Props) {
  const strings = useStrings();
  const { edition, lang } = useEdition();
  const locale = edition?.locale ?? lang ?? 'en';
  return (
    <time dateTime={dateTime} className={className}>
      {formatDateTime(dateTime, locale, strings.dateAndTime)}
    </time>
  );
}
