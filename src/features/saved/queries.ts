import { queryOptions } from '@tanstack/react-query';
import { listSaved } from './saved-store';

export const SAVED_KEY = 'saved';

export const savedQueries = {
  list: () =>
    queryOptions({
      queryKey: [SAVED_KEY, 'list'] as const,
      queryFn: listSaved,
      // Local data: always fresh, refreshed when this or another tab changes it.
      staleTime: Infinity,
      networkMode: 'always',
    }),
};
