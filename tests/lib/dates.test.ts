import { describe, expect, it } from 'vitest';
import { formatAbsolute, formatRelative } from '../../src/lib/dates';

describe('dates', () => {
  const now = new Date('2026-11-20T12:00:00Z');

  it('says how long ago, in words', () => {
    expect(formatRelative('2026-11-20T09:00:00Z', now)).toBe('3 hours ago');
    expect(formatRelative('2026-11-20T11:00:00Z', now)).toBe('1 hour ago');
    expect(formatRelative('2026-11-20T11:58:00Z', now)).toBe('2 minutes ago');
    expect(formatRelative('2026-11-19T12:00:00Z', now)).toBe('yesterday');
    expect(formatRelative('2026-11-13T12:00:00Z', now)).toBe('last week');
    expect(formatRelative('2026-11-20T11:59:30Z', now)).toBe('now');
    expect(formatRelative('2026-08-20T12:00:00Z', now)).toBe('3 months ago');
    expect(formatRelative('2024-11-20T12:00:00Z', now)).toBe('2 years ago');
  });

  it('says how soon, for a date a clock skew puts ahead', () => {
    expect(formatRelative('2026-11-20T12:05:00Z', now)).toBe('in 5 minutes');
    expect(formatRelative('2026-11-21T12:00:00Z', now)).toBe('tomorrow');
  });

  it('gives the full date and time in the reader’s time zone', () => {
    // Written without a zone: local times, whatever zone the tests run in.
    const noon = new Date('2026-11-20T12:00:00');
    const morning = new Date('2026-11-20T08:05:00');
    const midnight = new Date('2026-01-02T00:30:00');
    expect(formatAbsolute(noon.toISOString())).toBe('November 20, 2026 at 12:00 PM');
    expect(formatAbsolute(morning.toISOString())).toBe('November 20, 2026 at 8:05 AM');
    expect(formatAbsolute(midnight.toISOString())).toBe('January 2, 2026 at 12:30 AM');
    expect(formatAbsolute('not a date')).toBe('');
  });
});
