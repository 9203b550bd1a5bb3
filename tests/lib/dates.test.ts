import { describe, expect, it } from 'vitest';
import { formatAbsolute, formatRelative } from '../../src/lib/dates';

describe('dates', () => {
  const now = new Date('2026-11-20T12:00:00Z');

  it('says how long ago, in words', () => {
    expect(formatRelative('2026-11-20T09:00:00Z', now, 'en')).toBe('3 hours ago');
    expect(formatRelative('2026-11-19T12:00:00Z', now, 'en')).toBe('yesterday');
    expect(formatRelative('2026-11-20T11:59:30Z', now, 'en')).toBe('now');
    expect(formatRelative('2026-08-20T12:00:00Z', now, 'en')).toBe('3 months ago');
  });

  it('gives the full date', () => {
    expect(formatAbsolute('2026-11-20T12:00:00Z', 'en')).toMatch(/November 20, 2026/);
  });
});
