import { QueryClient } from '@tanstack/react-query';
import { isTransient } from '../domain/data-error';

const MAX_RETRIES = 2;

export const createQueryClient = () =>
  new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        // Long enough that Back restores a feed with every page the reader had loaded.
        gcTime: 30 * 60_000,
        // A 404 or a malformed answer will not change on retry; a flaky network may.
        retry: (failures, error) => failures < MAX_RETRIES && isTransient(error),
        retryDelay: (attempt) => Math.min(1000 * 2 ** attempt, 8000),
        refetchOnWindowFocus: false,
      },
    },
  });
