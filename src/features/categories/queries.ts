import { queryOptions } from '@tanstack/react-query';
import { getCategories } from '../../api/wordpress/categories';

export const CATEGORIES_KEY = 'categories';

export const categoryQueries = {
  all: () =>
    queryOptions({
      queryKey: [CATEGORIES_KEY, 'all'] as const,
      queryFn: ({ signal }) => getCategories(signal),
      // Sections change rarely; the reader's navigation should not flicker.
      staleTime: 10 * 60_000,
    }),
};
