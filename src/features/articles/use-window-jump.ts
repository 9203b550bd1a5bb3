import { type InfiniteData, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { ArticleSummary } from '../../domain/article';
import type { FeedCursor, FeedFilter, FeedPosition } from '../../domain/feed';
import type { Page } from '../../domain/page';
import { articleQueries } from './queries';

/**
 * Moves an endless feed's window to the page holding feed index `index`, when the reader dragged
 * the scrollbar far from the pages it holds: one request, instead of every page between. The
 * page is read as of the feed's own `asOf`, so it fits with the pages around it.
 */
export const useWindowJump = (filter: FeedFilter, asOf: FeedPosition | undefined) => {
  const queryClient = useQueryClient();
  return useCallback(
    async (index: number) => {
      const { queryKey } = articleQueries.endless(filter);
      const cursor: FeedCursor = { page: Math.floor(index / filter.perPage) + 1, asOf };
      await queryClient.cancelQueries({ queryKey, exact: true });
      const page = await queryClient.fetchQuery(articleQueries.endlessPage(filter, cursor));
      queryClient.setQueryData<InfiniteData<Page<ArticleSummary>, FeedCursor>>(queryKey, { pages: [page], pageParams: [cursor] });
    },
    [asOf, filter, queryClient],
  );
};
