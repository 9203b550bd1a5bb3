import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { articleQueries } from './queries';

/** Starts loading an article when the reader shows intent (hover, focus, touch). */
export const usePrefetchArticle = (slug: string) => {
  const queryClient = useQueryClient();
  return useCallback(() => {
    void queryClient.prefetchQuery(articleQueries.detail(slug));
  }, [queryClient, slug]);
};
