import { useInfiniteQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo } from 'react';
import type { ArticleSummary } from '../../domain/article';
import type { FeedFilter } from '../../domain/feed';
import { uniqueById } from '../../lib/unique-by-id';
import { articleQueries } from './queries';

const NO_IDS: ReadonlySet<number> = new Set();

/**
 * A growing list of articles: pages flattened without duplicates and without `hidden` ones
 * (articles another block already shows). "Load more" keeps reading until something new shows.
 */
export const useFeed = (filter: FeedFilter, hidden: ReadonlySet<number> = NO_IDS, enabled = true) => {
  const query = useInfiniteQuery({ ...articleQueries.feed(filter), enabled });
  const { data, fetchNextPage } = query;

  const visible = useCallback(
    (pages: { items: ArticleSummary[] }[] | undefined) =>
      uniqueById((pages ?? []).flatMap((page) => page.items)).filter((item) => !hidden.has(item.id)),
    [hidden],
  );
  const items = useMemo(() => visible(data?.pages), [data, visible]);

  // Hidden articles can leave a block short of one page; fill it before the reader sees it.
  const short = hidden.size > 0 && items.length < filter.perPage;
  const canTopUp = short && query.hasNextPage && !query.isFetching && !query.isError;
  useEffect(() => {
    if (canTopUp) void fetchNextPage({ cancelRefetch: false });
  }, [canTopUp, fetchNextPage]);

  const loadMore = useCallback(async () => {
    const before = items.length;
    let result = await fetchNextPage({ cancelRefetch: false });
    while (result.hasNextPage && !result.isError && visible(result.data?.pages).length === before) {
      result = await fetchNextPage({ cancelRefetch: false });
    }
  }, [fetchNextPage, items.length, visible]);

  return {
    items,
    total: data?.pages[0]?.total ?? null,
    pageCount: data?.pages.length ?? 0,
    status: query.status,
    error: query.error,
    hasMore: query.hasNextPage,
    isLoadingMore: query.isFetchingNextPage,
    loadMoreFailed: query.isFetchNextPageError,
    loadMore,
    retry: query.refetch,
    isRefetching: query.isRefetching,
  };
};

export type Feed = ReturnType<typeof useFeed>;
