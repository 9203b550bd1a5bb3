import { QueryClient } from '@tanstack/react-query';
import { isDataError, isTransient } from '../domain/data-error';

const MAX_RETRIES = 2;
const MAX_DELAY_MS = 8000;
/** A server that asks for a longer pause than this gets the error shown, with a Retry button. */
const MAX_RETRY_AFTER_MS = 30_000;

const retryAfterOf = (error: unknown) => (isDataError(error) ? error.retryAfterMs : null);

/** Transient failures only, and never sooner than the server's Retry-After. */
export const shouldRetry = (failures: number, error: unknown) =>
  failures < MAX_RETRIES && isTransient(error) && (retryAfterOf(error) ?? 0) <= MAX_RETRY_AFTER_MS;

export const retryDelay = (attempt: number, error: unknown) =>
  retryAfterOf(error) ?? Math.min(1000 * 2 ** attempt, MAX_DELAY_MS);

export const createQueryClient = () =>
  new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        // Long enough that Back restores a feed with every page the reader had loaded.
        gcTime: 30 * 60_000,
        // A 404 or a malformed answer will not change on retry; a flaky network may.
        retry: shouldRetry,
        retryDelay,
        refetchOnWindowFocus: false,
        // Ask even when the browser says offline: the service worker may have the answer.
        networkMode: 'offlineFirst',
      },
    },
  });
