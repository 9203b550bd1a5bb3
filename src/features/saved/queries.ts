import { queryOptions } from '@tanstack/react-query';
import { listSavedArticles } from './saved-store-loader';

export const SAVED_KEY = 'saved';

export const savedQueries = {
  list: () =>
    queryOptions({
      queryKey: [SAVED_KEY, 'list'] as const,
      queryFn: listSavedArticles,
      // Local data: always fresh, refreshed when this or another tab changes it.
      staleTime: Infinity,
      networkMode: 'always',
    }),
};
