/**
 * Dates in the interface's own language (English), written out here rather than with Intl: the
 * first Intl formatter a page creates costs tens of milliseconds of ICU set-up on a phone, paid
 * on every first view, and Gazette's words around the dates are English anyway. Times are in the
 * reader's own time zone.
 */
const UNITS: [string, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "3 hours ago", "yesterday", "2 months ago", "in 5 minutes"; "now" under a minute. */
export const formatRelative = (iso: string, now: Date = new Date()): string => {
  const seconds = (new Date(iso).getTime() - now.getTime()) / 1000;
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) < size) continue;
    const count = Math.round(Math.abs(seconds) / size);
    // What English says instead of "1 day ago" / "in 1 week".
    if (count === 1 && unit === 'day') return seconds < 0 ? 'yesterday' : 'tomorrow';
    if (count === 1 && unit !== 'hour' && unit !== 'minute') return `${seconds < 0 ? 'last' : 'next'} ${unit}`;
    const amount = `${count} ${unit}${count === 1 ? '' : 's'}`;
    return seconds < 0 ? `${amount} ago` : `in ${amount}`;
  }
  return 'now';
};

/** "November 20, 2026 at 8:30 AM". */
export const formatAbsolute = (iso: string): string => {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const hours = date.getHours();
  const minutes = String(date.getMinutes()).padStart(2, '0');
  const time = `${hours % 12 || 12}:${minutes} ${hours < 12 ? 'AM' : 'PM'}`;
  return `${MONTHS[date.getMonth()]} ${date.getDate()}, ${date.getFullYear()} at ${time}`;
};
