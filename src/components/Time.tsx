import { dayFormat, timeFormat, useEdition, useStrings } from '../i18n';
import { formatRelativeTime } from './relativeTime';
import { useNow } from './useNow';

/**
 * Formats in UTC so that the prerendered page, the app and every reader see
 * the same wire time.
 */
export function formatDateTime(iso: string, locale: string, join: (date: string, time: string) => string): string {
  const date = new Date(iso);
  return join(dayFormat(locale).format(date), timeFormat(locale).format(date));
}

interface Props {
  dateTime: string;
  className?: string;
  /** "3 hours ago", with the exact time kept in the title and datetime (listings). */
  relative?: boolean;
}

/** A machine-readable timestamp with readable text in the edition's locale. */
export function Time({ dateTime, className, relative = false }: Props) {
  const strings = useStrings();
  const { edition, lang } = useEdition();
  const now = useNow();
  const locale = edition?.locale ?? lang ?? 'en';
  const exact = formatDateTime(dateTime, locale, strings.dateAndTime);
  // The prerendered markup and the hydrating render show the exact time; the relative one follows at once.
  const showRelative = relative && now !== null;
  return (
    <time dateTime={dateTime} className={className} title={showRelative ? exact : undefined}>
      {showRelative ? formatRelativeTime(dateTime, now, locale) : exact}
    </time>
  );
}
