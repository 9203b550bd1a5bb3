import { describe, expect, it } from 'vitest';
import { retryDelay, shouldRetry } from '../../src/app/query-client';
import { DataError } from '../../src/domain/data-error';

describe('retry policy', () => {
  it('retries transient failures a bounded number of times, with capped backoff', () => {
    const error = new DataError('server', 'x', 500);
    expect(shouldRetry(0, error)).toBe(true);
    expect(shouldRetry(2, error)).toBe(false);
    expect([0, 1, 2, 5].map((attempt) => retryDelay(attempt, error))).toEqual([1000, 2000, 4000, 8000]);
  });

  it('never retries what will not change', () => {
    expect(shouldRetry(0, new DataError('not-found', 'x', 404))).toBe(false);
    expect(shouldRetry(0, new DataError('invalid-response', 'x', 200))).toBe(false);
    expect(shouldRetry(0, new Error('bug'))).toBe(false);
  });

  it("honours the server's Retry-After, and gives up on a long one", () => {
    expect(retryDelay(0, new DataError('rate-limited', 'x', 429, 3000))).toBe(3000);
    expect(shouldRetry(0, new DataError('rate-limited', 'x', 429, 120_000))).toBe(false);
  });
});
