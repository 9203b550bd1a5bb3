const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/**
 * One formatter per locale and style, made on first use: creating an Intl formatter costs far
 * more than formatting with one, and every card formats two dates.
 */
const cached = <F>(make: (locale: string | undefined) => F) => {
  const formatters = new Map<string | undefined, F>();
  return (locale: string | undefined): F => {
    let formatter = formatters.get(locale);
    if (!formatter) {
      formatter = make(locale);
      formatters.set(locale, formatter);
    }
    return formatter;
  };
};

const relativeFormat = cached((locale) => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));
const absoluteFormat = cached((locale) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }));
const dayFormat = cached((locale) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }));

/** "3 hours ago", "yesterday", "2 months ago"; "just now" under a minute. */
export const formatRelative = (iso: string, now: Date = new Date(), locale?: string): string => {
  const seconds = (new Date(iso).getTime() - now.getTime()) / 1000;
  const format = relativeFormat(locale);
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
  }
  return format.format(0, 'second');
};

/** "20 November 2026, 08:30" in the reader's locale and time zone. */
export const formatAbsolute = (iso: string, locale?: string): string => absoluteFormat(locale).format(new Date(iso));

export const formatDay = (iso: string, locale?: string): string => dayFormat(locale).format(new Date(iso));
